import { useTranslation } from 'react-i18next'
import type { ReportFields } from '@shared/model/fields'
import { themeTextFor, themeYearMismatch } from '@shared/settings/themeHeader'
import type { Settings } from '@shared/settings/settings'
import { isoYear } from '@shared/time/localDate'
import type { FieldStore } from '@shared/templates/fieldStore'
import { fieldInputId } from './fieldInputIds'

interface Props {
  store: FieldStore
  fields: ReportFields
  settings: Settings | null
  onOpenSettings(): void
}

/** The annual theme: the settings' theme for the meeting year, or the report's own override. */
export function ThemeHeaderField({ store, fields, settings, onOpenSettings }: Props) {
  const { t } = useTranslation()
  const year = isoYear(fields.meetingDate)
  const { overridden, text } = fields.themeHeader
  const source =
    year === null
      ? t('panel.themeNoDate')
      : settings && themeTextFor(settings, fields.meetingDate)
        ? t('panel.themeFromSettings', { year })
        : t('panel.themeNone', { year })
  const setOverride = (on: boolean) =>
    store.update((f) => ({
      ...f,
      themeHeader: on
        ? { text: f.themeHeader.text, overridden: true }
        : { text: settings ? themeTextFor(settings, f.meetingDate) : f.themeHeader.text, overridden: false },
    }))
  return (
    <section className="st-panel-section" aria-labelledby="st-theme-heading">
      <h3 id="st-theme-heading">{t('fields.themeHeader')}</h3>
      {overridden ? (
        <textarea
          id={fieldInputId('themeHeader')}
          aria-labelledby="st-theme-heading"
          rows={3}
          value={text}
          onChange={(e) =>
            store.update((f) => ({ ...f, themeHeader: { text: e.target.value, overridden: true } }))
          }
        />
      ) : (
        <p className="st-theme-text" data-testid="theme-text">
          {text || '—'}
        </p>
      )}
      {!overridden && <p className="st-muted">{source}</p>}
      <label className="st-check">
        <input
          id={overridden ? undefined : fieldInputId('themeHeader')}
          type="checkbox"
          checked={overridden}
          onChange={(e) => setOverride(e.target.checked)}
        />{' '}
        {t('panel.themeOverride')}
      </label>
      {themeYearMismatch(fields) && (
        <p className="st-warning" role="note">
          {t('panel.themeMismatch')}
        </p>
      )}
      <button type="button" className="st-link-button" onClick={onOpenSettings}>
        {t('panel.themeManage')}
      </button>
    </section>
  )
}
