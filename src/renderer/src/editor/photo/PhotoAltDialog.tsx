import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DialogFooter } from '../../dialogs/DialogFooter'
import { Modal } from '../../dialogs/Modal'

interface Props {
  /** The alt text being edited; null while the dialog is closed. */
  alt: string | null
  onSave(alt: string): void
  onCancel(): void
}

/** "Mô tả ảnh (alt)…": in the app, as Electron has no `window.prompt`. Empty means "use the caption". */
export function PhotoAltDialog({ alt, onSave, onCancel }: Props) {
  return (
    <Modal open={alt !== null} labelledBy="st-photo-alt-title" onClose={onCancel}>
      {alt !== null && <AltForm alt={alt} onSave={onSave} onCancel={onCancel} />}
    </Modal>
  )
}

function AltForm({ alt, onSave, onCancel }: { alt: string; onSave(alt: string): void; onCancel(): void }) {
  const { t } = useTranslation()
  const [text, setText] = useState(alt)
  const inputRef = useRef<HTMLInputElement>(null)
  // After the frame: showModal, run once this form is mounted, focuses the first field itself.
  useEffect(() => {
    const frame = requestAnimationFrame(() => inputRef.current?.select())
    return () => cancelAnimationFrame(frame)
  }, [])
  return (
    <form
      className="st-dialog-form"
      data-testid="photo-alt-dialog"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        onSave(text.trim())
      }}
    >
      <h2 id="st-photo-alt-title">{t('photo.altTitle')}</h2>
      <label htmlFor="st-photo-alt">{t('photo.altLabel')}</label>
      <input
        ref={inputRef}
        id="st-photo-alt"
        type="text"
        value={text}
        aria-describedby="st-photo-alt-hint"
        onChange={(e) => setText(e.target.value)}
      />
      <p id="st-photo-alt-hint" className="st-photo-alt-hint">
        {t('photo.altHint')}
      </p>
      <DialogFooter
        error={null}
        cancelLabel={t('photo.cancel')}
        submitLabel={t('photo.save')}
        onCancel={onCancel}
      />
    </form>
  )
}
