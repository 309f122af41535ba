import type { FieldName } from '../../fields/fieldNames'
import type { BodyNode } from '../../model/body'
import type { DocxBlock, MapEnv } from './docxContext'
import type { StyleKey } from './docxStyles'
import { PLAIN_RUN } from './inlineMappings'
import { styledParagraph } from './paragraphBlock'
import { textRuns } from './textRuns'

/** The structured blocks that show one field, each in its own named style. */
export const FIELD_BLOCKS: {
  readonly [K in 'themeHeader' | 'reportTitle' | 'byline']: { field: FieldName; style: StyleKey }
} = {
  themeHeader: { field: 'themeHeader', style: 'themeHeader' },
  reportTitle: { field: 'title', style: 'title' },
  byline: { field: 'byline', style: 'byline' },
}

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
export function fieldBlock(kind: keyof typeof FIELD_BLOCKS) {
  return (_node: BodyNode, env: MapEnv): DocxBlock[] => {
    const { field, style } = FIELD_BLOCKS[kind]
    return paragraphOf(env, style, env.state.source.fieldText(field))
  }
}

/** One paragraph per bridge point, in the panel's order, from the template's sentence pattern. */
export function bridgePointBlocks(node: BodyNode, env: MapEnv): DocxBlock[] {
  const sentences = env.state.source.bridgePointSentences(
    String(node.attrs?.pattern ?? ''),
    String(node.attrs?.patternNoChair ?? ''),
  )
  return sentences.flatMap((sentence) => paragraphOf(env, 'bridgePoint', sentence))
}
