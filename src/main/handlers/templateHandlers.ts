import { randomUUID } from 'node:crypto'
import type { IpcRequest, IpcResponses } from '@shared/ipc/contract'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import { nextReport } from '@shared/templates/nextReport'
import { templateFromReport, templateIdFromName } from '@shared/templates/templateFromReport'
import { describeTemplateProblem, type Template } from '@shared/templates/templateSchema'
import { SaveError } from '@node/saveErrors'
import type { SettingsStore } from '@node/settingsStore'
import type { TemplateStore } from '@node/templateStore'

export interface TemplateHandlerDeps {
  templates: TemplateStore
  settings: SettingsStore
  now?: () => Date
  newId?: () => string
}

/** Templates: the gallery's list, a new draft from one, the next period's report, "Lưu làm mẫu". */
export function createTemplateHandlers(deps: TemplateHandlerDeps) {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => randomUUID())

  async function templateOf(id: string | null): Promise<Template | null> {
    return id ? ((await deps.templates.get(id))?.template ?? null) : null
  }

  return {
    async listTemplates(): Promise<IpcResponses['listTemplates']> {
      const { templates, problems } = await deps.templates.list()
      return { ok: true, templates, problems: problems.map(describeTemplateProblem) }
    },

    async newFromTemplate({
      templateId,
      date,
    }: IpcRequest<'newFromTemplate'>): Promise<IpcResponses['newFromTemplate']> {
      const template = await templateOf(templateId)
      if (!template)
        return { ok: false, message: `Không tìm thấy mẫu "${templateId}": mẫu đã bị xóa hoặc bị hỏng.` }
      const { settings } = await deps.settings.load()
      return {
        ok: true,
        report: createDraftFromTemplate(template, { id: newId(), now: now(), date, settings, newId }),
      }
    },

    async nextReport({ report }: IpcRequest<'nextReport'>): Promise<IpcResponses['nextReport']> {
      const template = await templateOf(report.templateId)
      const { settings } = await deps.settings.load()
      return {
        ok: true,
        report: nextReport(report, { id: newId(), now: now(), template, settings }),
        templateFound: template !== null,
      }
    },

    async saveAsTemplate(request: IpcRequest<'saveAsTemplate'>): Promise<IpcResponses['saveAsTemplate']> {
      const meta = {
        id: templateIdFromName(request.name),
        name: request.name,
        description: request.description,
        period: request.period,
      }
      const built = templateFromReport(request.report, meta, await templateOf(request.report.templateId))
      if (!built.ok) return built
      try {
        return { ok: true, template: await deps.templates.saveUserTemplate(built.template) }
      } catch (error) {
        const detail = error instanceof SaveError ? error.message : String(error)
        return { ok: false, message: `Không lưu được mẫu: ${detail}` }
      }
    },
  }
}
