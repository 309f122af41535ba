import type { BodyNode } from '../model/body'
import type { ReportFields } from '../model/fields'
import type { Report } from '../model/report'
import { zodIssueEnglish } from '../model/zodIssueEnglish'
import { asciiSlug } from '../text/asciiSlug'
import { deepNfc } from '../text/normalize'
import { FIGURE_NODE } from '../nodes/figureNode'
import { templateKeyOfNode } from '../nodes/templateKeyOfNode'
import { checkTemplate } from './parseTemplate'
import {
  TEMPLATE_FIELD_KEYS,
  TEMPLATE_FORMAT,
  TEMPLATE_VERSION,
  templateSchema,
  type Period,
  type Template,
  type TemplateDefaults,
  type TemplateFieldKey,
} from './templateSchema'

/** "Giao ban Dân vận quý" → "giao-ban-dan-van-quy": a file-safe id from a Vietnamese name. */
export function templateIdFromName(name: string): string {
  return asciiSlug(name, 56) || 'mau'
}

function withoutFigures(node: BodyNode): BodyNode {
  const copy: BodyNode = { ...node }
  if (node.content) copy.content = node.content.filter((n) => n.type !== FIGURE_NODE.name).map(withoutFigures)
  return copy
}

function keysUsedIn(node: BodyNode, into: Set<TemplateFieldKey>): void {
  const key = templateKeyOfNode(node)
  if (key) into.add(key)
  for (const child of node.content ?? []) keysUsedIn(child, into)
}

function defaultsFrom(fields: ReportFields): TemplateDefaults {
  const d: TemplateDefaults = {}
  if (fields.title.trim()) d.title = fields.title
  if (fields.timeOfDay) d.timeOfDay = fields.timeOfDay
  if (fields.presidingBody.trim()) d.presidingBody = fields.presidingBody
  if (fields.chair) d.chair = structuredClone(fields.chair)
  if (fields.attendees.trim()) d.attendees = fields.attendees
  if (fields.bridgePoints.length > 0) {
    d.bridgePoints = fields.bridgePoints.map((p) => ({ place: p.place, chair: p.chair, note: p.note }))
  }
  if (fields.photoCredit.trim()) d.photoCredit = fields.photoCredit
  if (fields.photoCreditPlacement !== 'caption') d.photoCreditPlacement = fields.photoCreditPlacement
  if (fields.byline.prefix.trim()) d.byline = { prefix: fields.byline.prefix }
  return d
}

interface TemplateMeta {
  id: string
  name: string
  description: string
  period: Period
}

/**
 * "Lưu làm mẫu": a user template from the current report. The body is kept as the officer shaped it
 * (photos left out: a template carries no images); the fields become defaults, except the date, the
 * theme and the author, which come from the day and the settings; required marks follow the base.
 */
export function templateFromReport(
  report: Report,
  meta: TemplateMeta,
  base: Template | null,
): { ok: true; template: Template } | { ok: false; message: string; en: string } {
  let body = withoutFigures(report.body)
  if ((body.content ?? []).length === 0) body = { type: 'doc', content: [{ type: 'paragraph' }] }
  const defaults = defaultsFrom(report.fields)
  const used = new Set<TemplateFieldKey>(base?.fields.map((f) => f.name) ?? [])
  keysUsedIn(body, used)
  for (const key of Object.keys(defaults) as TemplateFieldKey[]) used.add(key)
  used.add('meetingDate')
  const required = new Set(base?.fields.filter((f) => f.required).map((f) => f.name) ?? [])
  const template: Template = deepNfc({
    format: TEMPLATE_FORMAT,
    version: TEMPLATE_VERSION,
    id: meta.id,
    name: meta.name.trim(),
    description: meta.description.trim(),
    meetingKind: base?.meetingKind ?? 'khac',
    period: meta.period,
    online: report.fields.bridgePoints.length > 0 || (base?.online ?? false),
    fields: TEMPLATE_FIELD_KEYS.filter((k) => used.has(k)).map((name) => ({
      name,
      required: required.has(name),
    })),
    defaults,
    body,
  })
  const parsed = templateSchema.safeParse(template)
  const refuse = (field: string, message: string, en: string) => ({
    ok: false as const,
    message: `Không lưu được mẫu (trường "${field}"): ${message}`,
    en: `The template was not saved (field "${field}"): ${en}`,
  })
  if (!parsed.success) {
    // zod reports at least one issue on a failure; the first names the field.
    const issue = parsed.error.issues[0]
    if (!issue) return refuse('', 'dữ liệu không hợp lệ', 'invalid data')
    return refuse(issue.path.join('.'), issue.message, zodIssueEnglish(issue))
  }
  const problem = checkTemplate(parsed.data)
  if (problem) return refuse(problem.field, problem.message, problem.en)
  return { ok: true, template: parsed.data }
}
