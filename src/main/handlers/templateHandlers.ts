import type { IpcRequest, IpcResponses } from '@shared/ipc/contract'
import { parseTemplateBytes } from '@shared/templates/parseTemplate'
import { describeTemplateProblem, describeTemplateProblemEn } from '@shared/templates/templateSchema'
import type { TemplateStore } from '@node/templateStore'
import { describeError, describeErrorEn } from '@shared/text/describeError'

interface TemplateHandlerDeps {
  templates: TemplateStore
}

/**
 * Templates on disk: the gallery's list and "Lưu làm mẫu". A report from a template, the next report
 * and the template to save are made in the renderer; main only reads and writes the files.
 */
export function createTemplateHandlers(deps: TemplateHandlerDeps) {
  return {
    async listTemplates(): Promise<IpcResponses['listTemplates']> {
      const { templates, problems } = await deps.templates.list()
      return {
        ok: true,
        templates,
        problems: problems.map(describeTemplateProblem),
        problemsEn: problems.map(describeTemplateProblemEn),
      }
    },

    async saveAsTemplate({
      template,
    }: IpcRequest<'saveAsTemplate'>): Promise<IpcResponses['saveAsTemplate']> {
      // Checked again as a template file is when it is read back: the renderer is not trusted.
      const checked = parseTemplateBytes(new TextEncoder().encode(JSON.stringify(template)))
      if (!checked.ok)
        return {
          ok: false,
          message: `Không lưu được mẫu (trường "${checked.field}"): ${checked.message}`,
          en: `Could not save the template (field "${checked.field}"): ${checked.en}`,
        }
      try {
        return { ok: true, template: await deps.templates.saveUserTemplate(checked.template) }
      } catch (error) {
        return {
          ok: false,
          message: `Không lưu được mẫu: ${describeError(error)}`,
          en: `Could not save the template: ${describeErrorEn(error)}`,
        }
      }
    },
  }
}
