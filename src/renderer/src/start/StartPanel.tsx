import { useTranslation } from 'react-i18next'
import type { RecentFileInfo } from '@shared/ipc/contract'
import '../dialogs/dialogs.css'
import './start.css'

interface Props {
  recent: RecentFileInfo[]
  onNew(): void
  onOpen(): void
  onOpenRecent(id: string): void
  onDismiss(): void
}

/**
 * The start screen: new report, open a draft, and the recent files by name (main keeps the paths).
 * Shown above the editor at start, so the officer can also just begin typing. With no recent file
 * (the first launch) it says in words what each way of starting does.
 */
export function StartPanel({ recent, onNew, onOpen, onOpenRecent, onDismiss }: Props) {
  const { t } = useTranslation()
  return (
    <section className="st-start" aria-labelledby="st-start-title">
      <div className="st-start-head">
        <h2 id="st-start-title">{t('start.title')}</h2>
        <button type="button" aria-label={t('start.dismiss')} title={t('start.dismiss')} onClick={onDismiss}>
          ×
        </button>
      </div>
      <div className="st-start-actions">
        <button type="button" onClick={onNew}>
          {t('start.new')}
        </button>
        <button type="button" onClick={onOpen}>
          {t('start.open')}
        </button>
      </div>
      {recent.length === 0 ? (
        <p className="st-start-intro">{t('start.intro')}</p>
      ) : (
        <RecentList recent={recent} onOpenRecent={onOpenRecent} />
      )}
    </section>
  )
}

function RecentList({ recent, onOpenRecent }: Pick<Props, 'recent' | 'onOpenRecent'>) {
  const { t, i18n } = useTranslation()
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short' })
  return (
    <>
      <h3 id="st-start-recent">{t('start.recent')}</h3>
      <ul className="st-start-recent" aria-labelledby="st-start-recent">
        {recent.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              disabled={file.missing}
              onClick={() => onOpenRecent(file.id)}
              title={file.missing ? t('start.missing') : undefined}
            >
              <span className="st-start-name">{file.fileName}</span>
              <span className="st-start-meta">
                {file.folder} · {date.format(new Date(file.usedAt))}
                {file.missing ? ` · ${t('start.missing')}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}
