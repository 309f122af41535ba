import { isFieldName } from '../../fields/fieldNames'
import type { FieldSource } from '../../body/fieldSource'
import type { BodyNode } from '../../model/body'

/**
 * A node's text as a reader sees it, fields and structured blocks filled in. Used where a block turns
 * up inside a paragraph (a malformed draft): its words are kept as text rather than dropped.
 */
export function nodePlainText(node: BodyNode, source: FieldSource): string {
  switch (node.type) {
    case 'text':
      return node.text ?? ''
    case 'hardBreak':
      return '\n'
    case 'field':
      return isFieldName(node.attrs?.name) ? source.fieldText(node.attrs.name) : ''
    case 'themeHeader':
      return source.fieldText('themeHeader')
    case 'reportTitle':
      return source.fieldText('title')
    case 'byline':
      return source.fieldText('byline')
    case 'bridgePoints':
      return source
        .bridgePointSentences(String(node.attrs?.pattern ?? ''), String(node.attrs?.patternNoChair ?? ''))
        .join('\n')
    default: {
      const inner = (node.content ?? []).map((child) => nodePlainText(child, source))
      const inline = (node.content ?? []).every(
        (c) => c.type === 'text' || c.type === 'hardBreak' || c.type === 'field',
      )
      return inner.join(inline ? '' : '\n')
    }
  }
}
