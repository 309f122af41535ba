import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecoverableReport } from '@shared/ipc/contract'
import '../dialogs/dialogs.css'
import './start.css'

interface Props {
  items: RecoverableReport[]
  onRestore(backupId: string): void
  onDiscard(backupId: string): void
  /** "Để sau": keep every backup for the next start. */
  onClose(): void
}

/**
 * Shown at start when an earlier run ended without saving: each report with its title, when it was
 * backed up and how much differs from the saved file, to restore or discard one by one.
 */
export function RecoveryDialog({ items, onRestore, onDiscard, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
  return (
    <dialog
      ref={ref}
      className="st-recovery"
      aria-labelledby="st-recovery-title"
      aria-describedby="st-recovery-intro"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id="st-recovery-title">{t('recovery.title')}</h2>
      <p id="st-recovery-intro">{t('recovery.intro')}</p>
      <ul className="st-recovery-list">
        {items.map((item) => {
          const title = item.title || t('app.untitled')
          return (
            <li key={item.backupId} data-testid="recoverable">
              <div className="st-recovery-what">
                <strong>{title}</strong>
                <span>
                  {item.fileName ?? t('recovery.neverSaved')}
                  {item.fileMissing ? ` — ${t('recovery.fileMissing')}` : ''}
                </span>
                <span>
                  {t('recovery.when', { time: time.format(new Date(item.savedAt)) })} ·{' '}
                  {t('recovery.changed', { count: item.changedChars })}
                </span>
              </div>
              <div className="st-recovery-actions">
                <button
                  type="button"
                  className="st-primary"
                  aria-label={t('recovery.restoreNamed', { title })}
                  onClick={() => onRestore(item.backupId)}
                >
                  {t('recovery.restore')}
                </button>
                <button
                  type="button"
                  aria-label={t('recovery.discardNamed', { title })}
                  onClick={() => onDiscard(item.backupId)}
                >
                  {t('recovery.discard')}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
      <div className="st-choice-buttons">
        <button type="button" onClick={onClose}>
          {t('recovery.later')}
        </button>
      </div>
    </dialog>
  )
}
