import { bylineText } from '../../body/fieldText'
import type { BodyNode } from '../../model/body'
import type { ReportFields } from '../../model/fields'
import { cleanText } from '../../text/cleanText'

export interface PageMeta {
  title: string
  description: string
  author: string
}

/** Longest meta description kept; search engines show about this much. */
const DESCRIPTION_MAX = 300

function findParagraph(node: BodyNode, test: (n: BodyNode) => boolean): BodyNode | undefined {
  if (node.type === 'paragraph' && test(node)) return node
  for (const child of node.content ?? []) {
    const found = findParagraph(child, test)
    if (found) return found
  }
  return undefined
}

/** Cuts at a word boundary and marks the cut with an ellipsis. */
function shorten(value: string, max: number): string {
  if (value.length <= max) return value
  const cut = value.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

/**
 * Page title, description and author: the title field, the lead paragraph (or the first paragraph
 * with text), the byline. Always a non-empty title, because an HTML page without one is invalid.
 */
export function pageMeta(
  fields: ReportFields,
  body: BodyNode,
  plain: (nodes: readonly BodyNode[] | undefined) => string,
): PageMeta {
  const oneLine = (s: string) => cleanText(s, 'oneLine')
  const hasText = (n: BodyNode) => plain(n.content).trim() !== ''
  const lead =
    findParagraph(body, (n) => n.attrs?.role === 'lead' && hasText(n)) ?? findParagraph(body, hasText)
  return {
    title: oneLine(fields.title) || 'Báo cáo',
    description: shorten(oneLine(lead ? plain(lead.content) : ''), DESCRIPTION_MAX),
    // The byline alone: a photo credit printed under it is not the page's author.
    author: oneLine(bylineText(fields)),
  }
}
