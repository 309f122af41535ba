import { BRIDGE_POINTS_NODE } from './bridgePointsNode'
import { BYLINE_NODE } from './bylineNode'
import { FIELD_NODE } from './fieldNode'
import { FIGURE_NODE } from './figureNode'
import { REPORT_TITLE_NODE } from './reportTitleNode'
import { THEME_HEADER_NODE } from './themeHeaderNode'

/** The blocks that show one field's text, by node name. */
export const FIELD_BLOCK_NODES = {
  themeHeader: THEME_HEADER_NODE,
  reportTitle: REPORT_TITLE_NODE,
  byline: BYLINE_NODE,
} as const
type FieldBlockName = keyof typeof FIELD_BLOCK_NODES

/** Blocks that show structured fields and hold no typed text: a report's skeleton by nature. */
export const FIELD_SHOWING_BLOCKS = { ...FIELD_BLOCK_NODES, bridgePoints: BRIDGE_POINTS_NODE } as const
type FieldShowingBlockName = keyof typeof FIELD_SHOWING_BLOCKS

/** Every node the app defines itself (the rest come from TipTap's kits), by node name. */
export const CUSTOM_NODES = { ...FIELD_SHOWING_BLOCKS, figure: FIGURE_NODE, field: FIELD_NODE } as const
export type CustomNodeName = keyof typeof CUSTOM_NODES

export function isFieldBlock(type: string): type is FieldBlockName {
  return Object.hasOwn(FIELD_BLOCK_NODES, type)
}

export function isFieldShowingBlock(type: string): type is FieldShowingBlockName {
  return Object.hasOwn(FIELD_SHOWING_BLOCKS, type)
}
