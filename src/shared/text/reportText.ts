import { fieldSourceFor, type FieldSource } from '../body/fieldSource'
import { isFieldName } from '../fields/fieldNames'
import type { BodyNode } from '../model/body'
import type { Report } from '../model/report'

/** Blocks whose text comes from a structured field rather than from their content. */
const FIELD_BLOCKS = {
  themeHeader: 'themeHeader',
  reportTitle: 'title',
  byline: 'byline',
} as const

/** The visible text of an inline run: text as typed, fields resolved, hard breaks as "\n". */
export function inlineText(nodes: readonly BodyNode[] | undefined, source: FieldSource): string {
  let out = ''
  for (const node of nodes ?? []) {
    if (node.type === 'text') out += node.text ?? ''
    else if (node.type === 'hardBreak') out += '\n'
    else if (node.type === 'field' && isFieldName(node.attrs?.name)) out += source.fieldText(node.attrs.name)
  }
  return out
}

function collect(node: BodyNode, source: FieldSource, out: string[]): void {
  switch (node.type) {
    case 'themeHeader':
    case 'reportTitle':
    case 'byline':
      out.push(source.fieldText(FIELD_BLOCKS[node.type]))
      return
    case 'bridgePoints':
      out.push(
        ...source.bridgePointSentences(
          String(node.attrs?.pattern ?? ''),
          String(node.attrs?.patternNoChair ?? ''),
        ),
      )
      return
    case 'paragraph':
    case 'heading':
    case 'figure':
      out.push(inlineText(node.content, source))
      return
    default:
      for (const child of node.content ?? []) collect(child, source, out)
  }
}

/**
 * The report's visible paragraphs as plain text, in document order, fields resolved: one string per
 * paragraph, heading, figure caption, bridge-point sentence, theme header, title and byline (list items
 * and table cells give one per paragraph inside them). Empty paragraphs are left out, since a reader
 * does not see them as paragraphs; text is returned exactly as stored, spaces included.
 */
export function reportParagraphs(report: Pick<Report, 'fields' | 'body'>): string[] {
  const out: string[] = []
  collect(report.body, fieldSourceFor(report.fields), out)
  return out.filter((text) => text.trim() !== '')
}
