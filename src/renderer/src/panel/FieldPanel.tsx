import { useCallback, useRef } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { TIMES_OF_DAY, type ReportFields, type TimeOfDay } from '@shared/model/fields'
import type { Person } from '@shared/model/person'
import type { PersonRecord } from '@shared/people/people'
import type { Settings } from '@shared/settings/settings'
import { resolveThemeHeader } from '@shared/settings/themeHeader'
import { missingRequiredFields } from '@shared/templates/requiredFields'
import { TEMPLATE_FIELD_KEYS, type Template, type TemplateFieldKey } from '@shared/templates/templateSchema'
import type { FieldStore } from '@shared/templates/fieldStore'
import type { LegacyEncoding } from '@shared/text/legacy/detectLegacyEncoding'
import { BridgePointList } from './BridgePointList'
import { legacyFieldPaste } from './legacyFieldPaste'
import { fieldInputId } from './fieldInputIds'
import { setPanelCollapsed, usePanelCollapsed } from './panelCollapse'
import { PersonInput } from './PersonInput'
import { ThemeHeaderField } from './ThemeHeaderField'
import { useFields } from './useFields'
import { FieldSpellMenu } from '../spell/FieldSpellMenu'
import type { StatusMessage } from '../status/statusMessage'
import './panel.css'

interface Props {
  store: FieldStore
  /** The report's template: which fields to show and which are required; null shows every field. */
  template: Template | null
  people: readonly PersonRecord[]
  settings: Settings | null
  onOpenSettings(): void
  /** Opens the people directory the chair fields suggest from. */
  onOpenPeople(): void
  /** Text in TCVN3 or VNI pasted into a box was converted to Unicode. */
  onLegacyPaste(encoding: LegacyEncoding): void
  /** What the spell check's menu did (a word added), or why it failed. */
  onStatus(status: StatusMessage): void
}

const TIME_LABELS: Record<TimeOfDay, string> = {
  '': 'panel.timeOfDayNone',
  sang: 'panel.timeOfDaySang',
  trua: 'panel.timeOfDayTrua',
  chieu: 'panel.timeOfDayChieu',
  toi: 'panel.timeOfDayToi',
}

/**
 * The side panel where the officer types the meeting's facts once; the body's field nodes follow the
 * same store, so every place a fact appears changes with it.
 */
export function FieldPanel({
  store,
  template,
  people,
  settings,
  onOpenSettings,
  onOpenPeople,
  onLegacyPaste,
  onStatus,
}: Props) {
  const { t } = useTranslation()
  const panelRef = useRef<HTMLElement>(null)
  const fields = useFields(store)
  const collapsed = usePanelCollapsed()
  const shown = new Set<TemplateFieldKey>(template ? template.fields.map((f) => f.name) : TEMPLATE_FIELD_KEYS)
  const required = new Set(template?.fields.filter((f) => f.required).map((f) => f.name) ?? [])
  const missing = template ? missingRequiredFields(fields, template) : []
  const set = (change: (f: ReportFields) => ReportFields) => store.update(change)
  // Stable, so the chair's box (a memo component) skips re-rendering while other fields are typed.
  const setChair = useCallback((chair: Person | null) => store.update((f) => ({ ...f, chair })), [store])
  const mark = (key: TemplateFieldKey) =>
    required.has(key) ? <span className="st-required">{t('panel.required')}</span> : null

  const text = (key: 'title' | 'presidingBody' | 'photoCredit', label: string) =>
    shown.has(key) && (
      <div className="st-row">
        <label htmlFor={fieldInputId(key)}>
          {label} {mark(key)}
        </label>
        <input
          id={fieldInputId(key)}
          type="text"
          value={fields[key]}
          aria-required={required.has(key)}
          onChange={(e) => set((f) => ({ ...f, [key]: e.target.value }))}
        />
      </div>
    )

  return (
    <aside
      ref={panelRef}
      className={collapsed ? 'st-panel is-collapsed' : 'st-panel'}
      aria-labelledby="st-panel-heading"
      data-testid="field-panel"
      onPasteCapture={(e) => {
        const encoding = legacyFieldPaste(e)
        if (encoding) onLegacyPaste(encoding)
      }}
    >
      <div className="st-panel-head">
        <h2 id="st-panel-heading" hidden={collapsed}>
          {t('panel.label')}
        </h2>
        <button
          type="button"
          className="st-panel-toggle"
          aria-expanded={!collapsed}
          aria-controls="st-panel-body"
          aria-label={t(collapsed ? 'panel.expand' : 'panel.collapse')}
          title={t(collapsed ? 'panel.expand' : 'panel.collapse')}
          onClick={() => setPanelCollapsed(!collapsed)}
        >
          {collapsed ? '‹' : '›'}
        </button>
      </div>
      {/* Hidden, not unmounted: Enter on a field in the body finds its input and reopens the panel. */}
      <div id="st-panel-body" hidden={collapsed}>
        <p className="st-muted">{t('panel.hint')}</p>
        {missing.length > 0 && (
          <p className="st-warning" data-testid="missing-fields">
            {t('panel.missing', { list: missing.map((k) => t(`fields.${k}`)).join(', ') })}
          </p>
        )}
        <form onSubmit={(e) => e.preventDefault()}>
          {shown.has('themeHeader') && (
            <ThemeHeaderField
              store={store}
              fields={fields}
              settings={settings}
              onOpenSettings={onOpenSettings}
            />
          )}
          <section className="st-panel-section">
            {text('title', t('fields.title'))}
            {shown.has('meetingDate') && (
              <div className="st-row st-row-split">
                <div>
                  <label htmlFor={fieldInputId('meetingDate')}>
                    {t('fields.meetingDate')} {mark('meetingDate')}
                  </label>
                  <input
                    id={fieldInputId('meetingDate')}
                    type="date"
                    value={fields.meetingDate ?? ''}
                    aria-required={required.has('meetingDate')}
                    onChange={(e) => {
                      const value = e.target.value
                      set((f) => {
                        const next = { ...f, meetingDate: value || null }
                        return settings ? { ...next, themeHeader: resolveThemeHeader(next, settings) } : next
                      })
                    }}
                  />
                </div>
                {shown.has('timeOfDay') && (
                  <div>
                    <label htmlFor={fieldInputId('timeOfDay')}>{t('fields.timeOfDay')}</label>
                    <select
                      id={fieldInputId('timeOfDay')}
                      value={fields.timeOfDay}
                      onChange={(e) => set((f) => ({ ...f, timeOfDay: e.target.value as TimeOfDay }))}
                    >
                      {TIMES_OF_DAY.map((v) => (
                        <option key={v} value={v}>
                          {t(TIME_LABELS[v])}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </div>
            )}
            {text('presidingBody', t('fields.presidingBody'))}
          </section>
          {shown.has('chair') && (
            <PersonInput
              legend={t('panel.chairLegend')}
              nameId={fieldInputId('chair')}
              person={fields.chair}
              people={people}
              required={required.has('chair')}
              onChange={setChair}
            />
          )}
          {(shown.has('chair') || shown.has('bridgePoints')) && (
            <button
              type="button"
              className="st-people-open"
              title={t('people.openHint')}
              onClick={onOpenPeople}
            >
              {t('people.open')}
            </button>
          )}
          {shown.has('attendees') && (
            <div className="st-row">
              <label htmlFor={fieldInputId('attendees')}>
                {t('fields.attendees')} {mark('attendees')}
              </label>
              <textarea
                id={fieldInputId('attendees')}
                rows={3}
                value={fields.attendees}
                onChange={(e) => set((f) => ({ ...f, attendees: e.target.value }))}
              />
            </div>
          )}
          {shown.has('bridgePoints') && (
            <BridgePointList
              store={store}
              points={fields.bridgePoints}
              people={people}
              required={required.has('bridgePoints')}
            />
          )}
          {text('photoCredit', t('fields.photoCredit'))}
          {shown.has('photoCredit') && (
            <div className="st-row">
              <label htmlFor="st-in-photo-credit-placement">{t('panel.photoCreditPlacement')}</label>
              <select
                id="st-in-photo-credit-placement"
                value={fields.photoCreditPlacement}
                onChange={(e) =>
                  set((f) => ({
                    ...f,
                    photoCreditPlacement: e.target.value === 'byline' ? 'byline' : 'caption',
                  }))
                }
              >
                <option value="caption">{t('panel.photoCreditAfterCaption')}</option>
                <option value="byline">{t('panel.photoCreditUnderByline')}</option>
              </select>
            </div>
          )}
          {shown.has('byline') && (
            <fieldset className="st-panel-section">
              <legend>
                {t('fields.byline')} {mark('byline')}
              </legend>
              <label htmlFor="st-in-byline-prefix">
                <Trans i18nKey="panel.bylinePrefix" components={{ vi: <span lang="vi" /> }} />
              </label>
              <input
                id="st-in-byline-prefix"
                type="text"
                value={fields.byline.prefix}
                onChange={(e) => set((f) => ({ ...f, byline: { ...f.byline, prefix: e.target.value } }))}
              />
              <label htmlFor={fieldInputId('byline')}>{t('panel.bylineAuthor')}</label>
              <input
                id={fieldInputId('byline')}
                type="text"
                value={fields.byline.author}
                onChange={(e) => set((f) => ({ ...f, byline: { ...f.byline, author: e.target.value } }))}
              />
              <label htmlFor="st-in-byline-unit">{t('panel.bylineUnit')}</label>
              <input
                id="st-in-byline-unit"
                type="text"
                value={fields.byline.unit}
                onChange={(e) => set((f) => ({ ...f, byline: { ...f.byline, unit: e.target.value } }))}
              />
            </fieldset>
          )}
        </form>
      </div>
      <FieldSpellMenu rootRef={panelRef} onStatus={onStatus} />
    </aside>
  )
}
