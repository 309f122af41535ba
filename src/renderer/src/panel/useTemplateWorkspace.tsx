import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { shortDate } from '@shared/fields/fieldText'
import type { Report } from '@shared/model/report'
import { peopleInFields, type PersonRecord } from '@shared/people/people'
import type { Settings } from '@shared/settings/settings'
import { resolveThemeHeader } from '@shared/settings/themeHeader'
import type { LoadedTemplate, TemplateFieldKey } from '@shared/templates/templateSchema'
import { api } from '../ipc/api'
import { FieldStore } from '@shared/templates/fieldStore'
import { SaveTemplateDialog, type SaveTemplateRequest } from '../gallery/SaveTemplateDialog'
import { TemplateGallery } from '../gallery/TemplateGallery'
import { FieldPanel } from './FieldPanel'
import { focusFieldInput } from './fieldInputIds'
import { ThemeSettingsDialog } from './ThemeSettingsDialog'

type Status = { kind: 'info' | 'error'; text: string }

export interface WorkspaceArgs {
  /** The open report as last loaded or saved, and a counter that changes on every load. */
  report: Report
  loadId: number
  /** The editor's body now, or null before the editor exists. */
  getBody(): Report['body'] | null
  /** A field changed in the panel: the report has unsaved changes. */
  onFieldsChanged(): void
  /**
   * Opens a new, unsaved report after asking Lưu / Không lưu / Hủy about unsaved changes; false when
   * the officer kept the current one.
   */
  loadNew(report: Report): Promise<boolean>
  setStatus(status: Status | null): void
}

export interface Workspace {
  fieldStore: FieldStore
  /** The report as it is now: the editor's body and the store's fields. */
  currentReport(): Report
  onEditField(key: TemplateFieldKey): void
  panel: ReactNode
  dialogs: ReactNode
  openGallery(): void
  nextReport(): Promise<void>
  openSaveAsTemplate(): void
  /** After a successful save: remember the report's chairs for suggestions. */
  afterSave(report: Report): void
}

/**
 * The template side of the app: the field store the panel and the editor share, the side panel, the
 * gallery for New, "Báo cáo kỳ tiếp theo", "Lưu làm mẫu", settings and the people list.
 */
export function useTemplateWorkspace(args: WorkspaceArgs): Workspace {
  const { t } = useTranslation()
  const { report, loadId } = args
  const latest = useRef(args)
  useEffect(() => {
    latest.current = args
  })
  // One store per loaded report; saving keeps it, opening another report replaces it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fieldStore = useMemo(() => new FieldStore(report.fields), [loadId])
  const [templates, setTemplates] = useState<LoadedTemplate[]>([])
  const [settings, setSettings] = useState<Settings | null>(null)
  const [people, setPeople] = useState<PersonRecord[]>([])
  const [dialog, setDialog] = useState<'gallery' | 'saveTemplate' | 'settings' | null>(null)

  const refreshTemplates = useCallback(async () => {
    const result = await api().listTemplates(null)
    setTemplates(result.templates)
  }, [])

  useEffect(() => {
    void api()
      .listTemplates(null)
      .then((r) => setTemplates(r.templates))
    void api()
      .getSettings(null)
      .then((r) => {
        setSettings(r.settings)
        if (r.warning) latest.current.setStatus({ kind: 'error', text: r.warning })
      })
    void api()
      .listPeople(null)
      .then((r) => setPeople(r.people))
  }, [])

  useEffect(() => fieldStore.subscribe(() => latest.current.onFieldsChanged()), [fieldStore])

  const currentReport = useCallback((): Report => {
    const { report: loaded, getBody } = latest.current
    return { ...loaded, fields: fieldStore.get(), body: getBody() ?? loaded.body }
  }, [fieldStore])

  const template = templates.find((x) => x.template.id === report.templateId)?.template ?? null

  const onEditField = useCallback((key: TemplateFieldKey) => {
    focusFieldInput(key)
  }, [])

  const createFrom = useCallback(
    async (loaded: LoadedTemplate, date: string | null): Promise<string | null> => {
      const result = await api().newFromTemplate({ templateId: loaded.template.id, date })
      if (!result.ok) return result.message
      if (await latest.current.loadNew(result.report)) {
        setDialog(null)
        latest.current.setStatus({
          kind: 'info',
          text: t('templates.created', { name: loaded.template.name }),
        })
      }
      return null
    },
    [t],
  )

  const nextReport = useCallback(async () => {
    const result = await api().nextReport({ report: currentReport() })
    if (!result.ok) return latest.current.setStatus({ kind: 'error', text: result.message })
    if (!(await latest.current.loadNew(result.report))) return
    const date = result.report.fields.meetingDate
    const text = date
      ? t('templates.nextDone', { date: shortDate(date) + '/' + date.slice(0, 4) })
      : t('templates.nextNoDate')
    latest.current.setStatus({
      kind: 'info',
      text: result.templateFound ? text : `${text} ${t('templates.nextNoTemplate')}`,
    })
  }, [currentReport, t])

  const saveAsTemplate = useCallback(
    async (request: SaveTemplateRequest): Promise<string | null> => {
      const result = await api().saveAsTemplate({ ...request, report: currentReport() })
      if (!result.ok) return result.message
      await refreshTemplates()
      latest.current.setStatus({
        kind: 'info',
        text: t('templates.saved', { name: result.template.template.name }),
      })
      return null
    },
    [currentReport, refreshTemplates, t],
  )

  const saveSettings = useCallback(
    async (next: Settings): Promise<string | null> => {
      const result = await api().saveSettings({ settings: next })
      if (!result.ok) return result.message
      setSettings(result.settings)
      fieldStore.update((f) => {
        const themeHeader = resolveThemeHeader(f, result.settings)
        return themeHeader.text === f.themeHeader.text && themeHeader.overridden === f.themeHeader.overridden
          ? f
          : { ...f, themeHeader }
      })
      latest.current.setStatus({ kind: 'info', text: t('settings.saved') })
      return null
    },
    [fieldStore, t],
  )

  const afterSave = useCallback((saved: Report) => {
    const used = peopleInFields(saved.fields)
    if (used.length === 0) return
    void api()
      .rememberPeople({ people: used })
      .then((r) => {
        if (r.ok) setPeople(r.people)
      })
  }, [])

  const openGallery = useCallback(() => setDialog('gallery'), [])
  const openSaveAsTemplate = useCallback(() => setDialog('saveTemplate'), [])
  const fields = fieldStore.get()
  const saveDefaults: SaveTemplateRequest = {
    name: fields.title,
    description: '',
    period: template?.period ?? 'weekly',
  }

  return {
    fieldStore,
    currentReport,
    onEditField,
    panel: (
      <FieldPanel
        key={loadId}
        store={fieldStore}
        template={template}
        people={people}
        settings={settings}
        onOpenSettings={() => setDialog('settings')}
      />
    ),
    dialogs: (
      <>
        <TemplateGallery
          open={dialog === 'gallery'}
          settings={settings}
          onClose={() => setDialog(null)}
          onCreate={createFrom}
        />
        <SaveTemplateDialog
          open={dialog === 'saveTemplate'}
          defaults={saveDefaults}
          onSave={saveAsTemplate}
          onClose={() => setDialog(null)}
        />
        {settings && (
          <ThemeSettingsDialog
            open={dialog === 'settings'}
            settings={settings}
            onSave={saveSettings}
            onClose={() => setDialog(null)}
          />
        )}
      </>
    ),
    openGallery,
    nextReport,
    openSaveAsTemplate,
    afterSave,
  }
}
