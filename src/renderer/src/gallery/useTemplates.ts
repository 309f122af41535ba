import { useCallback, useEffect, useState } from 'react'
import { shortDate } from '@shared/text/vietnameseDate'
import type { Report } from '@shared/model/report'
import type { Settings } from '@shared/settings/settings'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import type { FieldStore } from '@shared/templates/fieldStore'
import { nextReport } from '@shared/templates/nextReport'
import { templateFromReport, templateIdFromName } from '@shared/templates/templateFromReport'
import type { LoadedTemplate } from '@shared/templates/templateSchema'
import type { StatusMessage } from '../status/statusMessage'
import { useLatest } from '../hooks/useLatest'
import { currentLanguage } from '../i18n/setupI18n'
import { api } from '../ipc/api'
import type { SaveTemplateRequest } from './SaveTemplateDialog'

interface TemplatesArgs {
  /** The open report's template id and fields (for the panel and the save dialog's defaults). */
  templateId: string | null
  fieldStore: FieldStore
  settings: Settings | null
  /** The report as it is now: the editor's body and the store's fields. */
  currentReport(): Report
  /**
   * Opens a new, unsaved report after asking Lưu / Không lưu / Hủy about unsaved changes; false when
   * the officer kept the current one.
   */
  loadNew(report: Report): Promise<boolean>
  /** The gallery has made its report. */
  closeDialog(): void
  setStatus(status: StatusMessage): void
}

const newId = (): string => crypto.randomUUID()

/**
 * New from a template, "Báo cáo kỳ tiếp theo" and "Lưu làm mẫu", made here with the shared functions:
 * main only lists the templates and writes the one the officer saves (never the report's photos).
 */
export function useTemplates(args: TemplatesArgs) {
  const latestRef = useLatest(args)
  const [templates, setTemplates] = useState<LoadedTemplate[]>([])

  // Read again before each use, as main reads the folders: a template removed since is gone.
  const loadTemplates = useCallback(async () => {
    const listed = (await api().listTemplates()).templates
    setTemplates(listed)
    return listed
  }, [])
  useEffect(() => {
    void api()
      .listTemplates()
      .then((r) => setTemplates(r.templates))
  }, [])

  const templateOf = useCallback(
    async (id: string | null) => (await loadTemplates()).find((x) => x.template.id === id)?.template ?? null,
    [loadTemplates],
  )
  const settingsNow = useCallback(
    async () => latestRef.current.settings ?? (await api().getSettings()).settings,
    [latestRef],
  )

  const createFrom = useCallback(
    async (loaded: LoadedTemplate, date: string | null): Promise<string | null> => {
      const settings = await settingsNow()
      const draft = createDraftFromTemplate(loaded.template, {
        id: newId(),
        now: new Date(),
        date,
        settings,
        newId,
      })
      if (await latestRef.current.loadNew(draft)) {
        latestRef.current.closeDialog()
        latestRef.current.setStatus({
          kind: 'info',
          key: 'templates.created',
          params: { name: loaded.template.name },
        })
      }
      return null
    },
    [latestRef, settingsNow],
  )

  const next = useCallback(async () => {
    const report = latestRef.current.currentReport()
    const template = await templateOf(report.templateId)
    const made = nextReport(report, { id: newId(), now: new Date(), template, settings: await settingsNow() })
    if (!(await latestRef.current.loadNew(made))) return
    const date = made.fields.meetingDate
    const said = date
      ? ({ key: 'templates.nextDone', params: { date: shortDate(date) + '/' + date.slice(0, 4) } } as const)
      : ({ key: 'templates.nextNoDate' } as const)
    latestRef.current.setStatus({
      kind: 'info',
      ...said,
      ...(template ? {} : { then: { key: 'templates.nextNoTemplate' } }),
    })
  }, [latestRef, settingsNow, templateOf])

  const saveAsTemplate = useCallback(
    async (request: SaveTemplateRequest): Promise<string | null> => {
      const report = latestRef.current.currentReport()
      const meta = { ...request, id: templateIdFromName(request.name) }
      const built = templateFromReport(report, meta, await templateOf(report.templateId))
      // Built here, not in main: its refusal comes in both languages and the window picks.
      if (!built.ok) return currentLanguage() === 'en' ? built.en : built.message
      const result = await api().saveAsTemplate({ template: built.template })
      if (!result.ok) return result.message
      await loadTemplates()
      latestRef.current.setStatus({
        kind: 'info',
        key: 'templates.saved',
        params: { name: result.template.template.name },
      })
      return null
    },
    [latestRef, loadTemplates, templateOf],
  )

  const template = templates.find((x) => x.template.id === args.templateId)?.template ?? null
  const saveDefaults: SaveTemplateRequest = {
    name: args.fieldStore.get().title,
    description: '',
    period: template?.period ?? 'weekly',
  }

  return { template, list: templates, saveDefaults, createFrom, nextReport: next, saveAsTemplate }
}
