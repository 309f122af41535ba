import type { StyleKey } from '../export/docx/docxStyles'
import type { TemplateFieldKey } from '../templates/templateSchema'
import type { NodeAttribute, NodeElement } from './nodeRecord'

/** The sentence patterns a template places; empty means the default sentence. */
interface BridgePointsAttrs {
  pattern: string
  patternNoChair: string
}

/** Every bridge point as its own sentence (one paragraph each), in the panel's order. */
export const BRIDGE_POINTS_NODE = {
  name: 'bridgePoints',
  templateKey: 'bridgePoints',
  element: { tag: 'div', className: 'st-bridge-points' },
  sentence: { tag: 'p', className: 'st-bridge-point' },
  docxStyle: 'bridgePoint',
  attrs: {
    pattern: { default: '', htmlAttribute: 'data-pattern' },
    patternNoChair: { default: '', htmlAttribute: 'data-pattern-no-chair' },
  },
} as const satisfies {
  name: string
  templateKey: TemplateFieldKey
  element: NodeElement
  sentence: NodeElement<'p'>
  docxStyle: StyleKey
  attrs: { [K in keyof BridgePointsAttrs]: NodeAttribute<BridgePointsAttrs[K]> }
}

/** A bridge-points node's patterns, read from its attributes (TipTap's or the stored JSON's). */
export function bridgePointsAttrs(attrs: Readonly<Record<string, unknown>> | undefined): BridgePointsAttrs {
  const { pattern, patternNoChair } = BRIDGE_POINTS_NODE.attrs
  return {
    pattern: String(attrs?.pattern ?? pattern.default),
    patternNoChair: String(attrs?.patternNoChair ?? patternNoChair.default),
  }
}
