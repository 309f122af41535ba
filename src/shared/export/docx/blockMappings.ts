import { Paragraph } from 'docx'
import type { PARAGRAPH_ROLES } from '../../body/paragraphRole'
import type { BlockNodeName } from '../../model/nodeNames'
import type { BlockMapper } from './docxContext'
import { STYLE_IDS, type StyleKey } from './docxStyles'
import { BYLINE_NODE } from '../../nodes/bylineNode'
import { REPORT_TITLE_NODE } from '../../nodes/reportTitleNode'
import { THEME_HEADER_NODE } from '../../nodes/themeHeaderNode'
import { bridgePointParagraphs, fieldBlockParagraphs } from './fieldBlockParagraphs'
import { figureBlocks } from './figureBlock'
import { listBlocks } from './listBlocks'
import { styledParagraph } from './paragraphBlock'
import { tableBlocks } from './tableBlock'

const ROLE_STYLES: Readonly<Record<(typeof PARAGRAPH_ROLES)[number], StyleKey>> = {
  lead: 'lead',
  conclusion: 'conclusion',
}

const HEADING_STYLES: readonly StyleKey[] = ['heading2', 'heading3', 'heading4']

function roleStyle(role: unknown): StyleKey {
  return typeof role === 'string' && Object.hasOwn(ROLE_STYLES, role)
    ? ROLE_STYLES[role as keyof typeof ROLE_STYLES]
    : 'body'
}

// Nodes that only make sense inside a list or a table; met elsewhere (a malformed draft), their
// content is written in place so no words are lost.
const contentInPlace: BlockMapper = (node, env) => env.blocks(node.content, env.ctx)

/**
 * Each block node the body can hold, as Word paragraphs and tables. A node missing here is a compile
 * error, so the editor can never produce something the DOCX export does not know.
 */
export const BLOCK_MAPPINGS: { readonly [K in 'doc' | BlockNodeName]: BlockMapper } = {
  doc: contentInPlace,
  paragraph: (node, env) => [
    styledParagraph(
      env,
      env.ctx.paragraphStyle ?? roleStyle(node.attrs?.role),
      env.runs(node.content),
      node.attrs?.textAlign,
    ),
  ],
  heading: (node, env) => {
    const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 2
    const style = HEADING_STYLES[Math.min(Math.max(level, 2), 4) - 2] ?? 'heading2'
    return [styledParagraph(env, style, env.runs(node.content), node.attrs?.textAlign)]
  },
  bulletList: listBlocks,
  orderedList: listBlocks,
  listItem: contentInPlace,
  blockquote: (node, env) =>
    env.blocks(node.content, { ...env.ctx, paragraphStyle: env.ctx.paragraphStyle ?? 'quote' }),
  horizontalRule: () => [new Paragraph({ style: STYLE_IDS.rule })],
  table: tableBlocks,
  tableRow: contentInPlace,
  tableHeader: contentInPlace,
  tableCell: contentInPlace,
  figure: figureBlocks,
  themeHeader: fieldBlockParagraphs(THEME_HEADER_NODE),
  reportTitle: fieldBlockParagraphs(REPORT_TITLE_NODE),
  bridgePoints: bridgePointParagraphs,
  byline: fieldBlockParagraphs(BYLINE_NODE),
}
