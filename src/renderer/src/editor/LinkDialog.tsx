import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DialogFooter } from '../dialogs/DialogFooter'
import { Modal } from '../dialogs/Modal'
import { MAX_LINK_LENGTH } from '@shared/links/linkPolicy'
import type { LinkTarget } from './linkEdit'
import { LINK_REFUSAL_KEYS } from './linkRefusalKey'
import { useLinkForm, type LinkDialogState } from './useLinkDialog'

interface Props {
  dialog: LinkDialogState
}

/** "Liên kết": the link's text and address, in the app (Electron has no `window.prompt`). */
export function LinkDialog({ dialog }: Props) {
  return (
    <Modal open={dialog.target !== null} labelledBy="st-link-title" onClose={dialog.cancel}>
      {dialog.target && <LinkForm target={dialog.target} dialog={dialog} />}
    </Modal>
  )
}

function LinkForm({ target, dialog }: { target: LinkTarget; dialog: LinkDialogState }) {
  const { t } = useTranslation()
  const form = useLinkForm(target, dialog.apply)
  const textRef = useRef<HTMLInputElement>(null)
  const hrefRef = useRef<HTMLInputElement>(null)
  // The field the officer fills first: the text when there is none yet, else the address. After the
  // frame, because showModal (run once this form is mounted) focuses the first field itself.
  useEffect(() => {
    const first = target.textEditable && target.text === '' ? textRef : hrefRef
    const frame = requestAnimationFrame(() => first.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [target])
  return (
    <form
      className="st-dialog-form"
      data-testid="link-dialog"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        form.submit()
      }}
    >
      <h2 id="st-link-title">{t(target.existing ? 'toolbar.linkEditTitle' : 'toolbar.linkTitle')}</h2>
      <label htmlFor="st-link-text">{t('toolbar.linkText')}</label>
      <input
        ref={textRef}
        id="st-link-text"
        type="text"
        value={form.text}
        readOnly={!target.textEditable}
        onChange={(e) => form.setText(e.target.value)}
      />
      <label htmlFor="st-link-href">{t('toolbar.linkAddress')}</label>
      <input
        ref={hrefRef}
        id="st-link-href"
        type="text"
        inputMode="url"
        spellCheck={false}
        placeholder="https://"
        aria-invalid={form.refusal !== null}
        value={form.href}
        onChange={(e) => form.setHref(e.target.value)}
      />
      {target.existing && (
        <div className="st-dialog-buttons">
          <button type="button" onClick={dialog.remove}>
            {t('toolbar.linkRemove')}
          </button>
        </div>
      )}
      <DialogFooter
        error={form.refusal ? t(LINK_REFUSAL_KEYS[form.refusal], { max: MAX_LINK_LENGTH }) : null}
        cancelLabel={t('toolbar.linkCancel')}
        submitLabel={t('toolbar.linkApply')}
        onCancel={dialog.cancel}
      />
    </form>
  )
}
