import type { BodyNode } from '../model/body'
import type { Report } from '../model/report'
import { isFieldShowingBlock } from '../nodes/customNodes'
import type { Settings } from '../settings/settings'
import { resolveThemeHeader } from '../settings/themeHeader'
import { deepNfc } from '../text/normalize'
import { nextMeetingDate } from './periods'
import { recurringTitle } from './recurringTitle'
import type { Period, Template } from './templateSchema'

/**
 * The skeleton of a body whose template is gone: the field blocks and every paragraph or heading that
 * places a field, in order; the free text between them (and photos) is dropped, leaving one empty
 * paragraph where it stood.
 */
export function skeletonOf(body: BodyNode): BodyNode {
  const content: BodyNode[] = []
  for (const block of body.content ?? []) {
    const keep =
      isFieldShowingBlock(block.type) ||
      ((block.type === 'paragraph' || block.type === 'heading') &&
        (block.content ?? []).some((n) => n.type === 'field'))
    if (keep) content.push(structuredClone(block))
    else if (content.at(-1)?.type !== 'paragraph' || (content.at(-1)?.content ?? []).length > 0) {
      content.push({ type: 'paragraph' })
    }
  }
  if (content.length === 0) content.push({ type: 'paragraph' })
  return { type: 'doc', content }
}

interface NextReportOptions {
  id: string
  now: Date
  /** The report's template, if it is still installed: its skeleton becomes the new body. */
  template: Template | null
  /** Settings pick the theme of the new meeting's year (unless the report overrode its header). */
  settings?: Settings
}

/**
 * "Báo cáo kỳ tiếp theo": the next meeting's report from this one. Keeps every field (presiding body,
 * chair, attendees, bridge points, byline, photo credit) and the recurring part of the title, moves the
 * date by the meeting's period, and starts the body again from the template's skeleton, so last
 * week's headline, text and photos go.
 */
export function nextReport(report: Report, options: NextReportOptions): Report {
  const period: Period = options.template?.period ?? 'one-off'
  const fields = structuredClone(report.fields)
  fields.meetingDate = nextMeetingDate(report.fields.meetingDate, period)
  fields.title = recurringTitle(report.fields.title, options.template?.defaults.title)
  if (options.settings) fields.themeHeader = resolveThemeHeader(fields, options.settings)
  const stamp = options.now.toISOString()
  return deepNfc({
    ...report,
    id: options.id,
    createdAt: stamp,
    updatedAt: stamp,
    fields,
    body: options.template ? structuredClone(options.template.body) : skeletonOf(report.body),
    assets: {},
  })
}
