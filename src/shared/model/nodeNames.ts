import { BRIDGE_POINTS_NODE } from '../nodes/bridgePointsNode'
import { BYLINE_NODE } from '../nodes/bylineNode'
import { FIELD_NODE } from '../nodes/fieldNode'
import { FIGURE_NODE } from '../nodes/figureNode'
import { REPORT_TITLE_NODE } from '../nodes/reportTitleNode'
import { THEME_HEADER_NODE } from '../nodes/themeHeaderNode'

/**
 * Every node and mark the report body can hold. Exporters map each of these through a table typed
 * over these unions, so adding a node here without an exporter mapping is a compile error.
 */
export const BLOCK_NODE_NAMES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'horizontalRule',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  FIGURE_NODE.name,
  THEME_HEADER_NODE.name,
  REPORT_TITLE_NODE.name,
  BRIDGE_POINTS_NODE.name,
  BYLINE_NODE.name,
] as const

export const INLINE_NODE_NAMES = ['text', 'hardBreak', FIELD_NODE.name] as const

export const MARK_NAMES = ['bold', 'italic', 'underline', 'strike', 'link'] as const

export type BlockNodeName = (typeof BLOCK_NODE_NAMES)[number]
export type InlineNodeName = (typeof INLINE_NODE_NAMES)[number]
export type NodeName = 'doc' | BlockNodeName | InlineNodeName
export type MarkName = (typeof MARK_NAMES)[number]

export const NODE_NAMES: readonly NodeName[] = ['doc', ...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES]
