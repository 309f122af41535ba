import type { BodyNode } from '../../model/body'
import { BRIDGE_POINTS_NODE } from '../../nodes/bridgePointsNode'
import type { FieldBlockRecord } from '../../nodes/nodeRecord'
import { shownLines } from '../../nodes/shownLines'
import type { DocxBlock, MapEnv } from './docxContext'
import type { StyleKey } from './docxStyles'
import { PLAIN_RUN } from './inlineMappings'
import { styledParagraph } from './paragraphBlock'
import { textRuns } from './textRuns'

function paragraphOf(env: MapEnv, style: StyleKey, text: string): DocxBlock[] {
  // An unfilled field writes nothing rather than an empty styled line.
  if (!text.trim()) return []
  return [
    styledParagraph(
      env,
      style,
      textRuns(text.trim(), PLAIN_RUN).map((p) => p.child),
    ),
  ]
}

/** Theme header, title or byline, written from the report's fields (never from text in the body). */
export function fieldBlockParagraphs(record: FieldBlockRecord) {
  return (_node: BodyNode, env: MapEnv): DocxBlock[] =>
    paragraphOf(env, record.docxStyle, env.state.source.fieldText(record.field))
}

/** One paragraph per bridge point, in the panel's order, from the template's sentence pattern. */
export function bridgePointParagraphs(node: BodyNode, env: MapEnv): DocxBlock[] {
  return (shownLines(node, env.state.source) ?? []).flatMap((sentence) =>
    paragraphOf(env, BRIDGE_POINTS_NODE.docxStyle, sentence),
  )
}
