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
  'figure',
  'themeHeader',
  'reportTitle',
  'bridgePoints',
  'byline',
] as const

export const INLINE_NODE_NAMES = ['text', 'hardBreak', 'field'] as const

export const MARK_NAMES = ['bold', 'italic', 'underline', 'strike', 'link'] as const

export type BlockNodeName = (typeof BLOCK_NODE_NAMES)[number]
export type InlineNodeName = (typeof INLINE_NODE_NAMES)[number]
export type NodeName = 'doc' | BlockNodeName | InlineNodeName
export type MarkName = (typeof MARK_NAMES)[number]

export const NODE_NAMES: readonly NodeName[] = ['doc', ...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES]
