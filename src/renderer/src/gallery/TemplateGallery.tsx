import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@shared/settings/settings'
import { localIsoDate } from '@shared/time/localDate'
import type { LoadedTemplate, Period } from '@shared/templates/templateSchema'
import { api } from '../ipc/api'
import { Modal } from '../dialogs/Modal'
import { previewLines } from './templatePreview'
import './gallery.css'

/** Where the template's name goes in the card's accessible name. */
const NAME_MARK = '\uE000'

interface Props {
  open: boolean
  settings: Settings | null
  onClose(): void
  /** Creates the report; resolves to null, or to the reason it failed. */
  onCreate(template: LoadedTemplate, date: string | null): Promise<string | null>
}

const PERIOD_KEYS: Record<Period, string> = {
  weekly: 'gallery.periodWeekly',
  monthly: 'gallery.periodMonthly',
  quarterly: 'gallery.periodQuarterly',
  'one-off': 'gallery.periodOneOff',
}

/** "Mới": every template with its name, description, period and a thumbnail of the report it makes. */
export function TemplateGallery({ open, settings, onClose, onCreate }: Props) {
  return (
    <Modal open={open} labelledBy="st-gallery-title" onClose={onClose} className="st-gallery">
      <GalleryBody settings={settings} onClose={onClose} onCreate={onCreate} />
    </Modal>
  )
}

function GalleryBody({ settings, onClose, onCreate }: Omit<Props, 'open'>) {
  const { t } = useTranslation()
  const [date, setDate] = useState(() => localIsoDate(new Date()))
  const [catalog, setCatalog] = useState<{ templates: LoadedTemplate[]; problems: string[] } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void api()
      .listTemplates()
      .then((result) => {
        if (live) setCatalog(result)
      })
    return () => {
      live = false
    }
  }, [])

  const groups: Array<[string, LoadedTemplate[]]> = catalog
    ? [
        [t('gallery.builtin'), catalog.templates.filter((x) => x.source === 'builtin')],
        [t('gallery.user'), catalog.templates.filter((x) => x.source === 'user')],
      ]
    : []

  return (
    <div className="st-gallery-body">
      <div className="st-gallery-head">
        <h2 id="st-gallery-title">{t('gallery.title')}</h2>
        <label htmlFor="st-gallery-date">{t('gallery.date')}</label>
        <input id="st-gallery-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="button" className="st-close" onClick={onClose}>
          {t('gallery.close')}
        </button>
      </div>
      {!catalog && <p role="status">{t('gallery.loading')}</p>}
      {catalog && catalog.templates.length === 0 && <p>{t('gallery.empty')}</p>}
      {groups.map(
        ([heading, list]) =>
          list.length > 0 && (
            <section key={heading} aria-label={heading}>
              <h3>{heading}</h3>
              <ul className="st-cards">
                {list.map((loaded) => {
                  const tpl = loaded.template
                  const descId = `st-tpl-desc-${tpl.id}`
                  const nameId = `st-tpl-name-${tpl.id}`
                  // "Tạo báo cáo từ mẫu "…"" around the template's name, which stays marked Vietnamese.
                  const [before = '', after = ''] = t('gallery.create', { name: NAME_MARK }).split(NAME_MARK)
                  return (
                    <li key={tpl.id}>
                      <button
                        type="button"
                        className="st-card"
                        data-template-id={tpl.id}
                        aria-labelledby={nameId}
                        aria-describedby={descId}
                        onClick={() => {
                          void onCreate(loaded, date || null).then((failure) => setError(failure))
                        }}
                      >
                        <span id={nameId} className="st-sr-only">
                          {before}
                          <span lang="vi">{tpl.name}</span>
                          {after}
                        </span>
                        <span className="st-card-name" lang="vi" aria-hidden="true">
                          {tpl.name}
                        </span>
                        <span className="st-card-desc" id={descId} lang="vi">
                          {tpl.description}
                        </span>
                        <span className="st-card-meta">
                          {t(PERIOD_KEYS[tpl.period])}
                          {tpl.online ? ` · ${t('gallery.online')}` : ''}
                        </span>
                        <span className="st-card-preview" aria-hidden="true" lang="vi">
                          {previewLines(tpl, settings, date || null).map((line, i) => (
                            <span key={i} className={`st-pv-${line.kind}`}>
                              {line.text}
                            </span>
                          ))}
                        </span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </section>
          ),
      )}
      {error && (
        <p className="st-warning" role="alert">
          {error}
        </p>
      )}
      {catalog && catalog.problems.length > 0 && (
        <div className="st-problems" role="note">
          <p>{t('gallery.problems')}</p>
          <ul>
            {catalog.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
