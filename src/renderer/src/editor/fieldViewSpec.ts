import type { FieldSource } from '@shared/body/fieldSource'
import type { FieldLabelKey } from '@shared/fields/fieldLabels'
import { BRIDGE_POINTS_NODE, bridgePointsAttrs } from '@shared/nodes/bridgePointsNode'
import { FIELD_BLOCK_NODES, isFieldBlock } from '@shared/nodes/customNodes'
import { FIELD_NODE, fieldNameOf } from '@shared/nodes/fieldNode'
import type { NodeElement, NodeLike } from '@shared/nodes/nodeRecord'
import { shownLines } from '@shared/nodes/shownLines'

/** The words around a field's value, in the interface's language. */
export interface FieldViewTexts {
  label(key: FieldLabelKey): string
  /** How to edit it, after the label in the tooltip. */
  hint: string
  roleDescription: string
  /** Read out for a field not filled in yet. */
  empty: string
}

/** How the editor shows a node whose text comes from the fields. */
export interface FieldViewSpec {
  element: NodeElement
  /** Each line's own element (a bridge point's sentence), or null for one run of text. */
  line: NodeElement<'p'> | null
  label: string
  /** The tooltip. */
  title: string
  /** Views with the same key show the same lines, so the text is computed once for all of them. */
  key: string
  read(source: FieldSource): string[]
}

/** The view of a field node or a field-showing block, from its record; null for any other node. */
export function fieldViewSpec(node: NodeLike, texts: FieldViewTexts): FieldViewSpec | null {
  const read = (source: FieldSource) => shownLines(node, source) ?? []
  const spec = (element: NodeElement, label: string, key: string, line: NodeElement<'p'> | null = null) => ({
    element,
    line,
    label,
    title: `${label} — ${texts.hint}`,
    key,
    read,
  })
  if (node.type === FIELD_NODE.name) {
    const name = fieldNameOf(node.attrs)
    return spec(FIELD_NODE.element, name ? texts.label(name) : String(node.attrs?.name), `field\u0001${name}`)
  }
  if (node.type === BRIDGE_POINTS_NODE.name) {
    const { pattern, patternNoChair } = bridgePointsAttrs(node.attrs)
    return spec(
      BRIDGE_POINTS_NODE.element,
      texts.label(BRIDGE_POINTS_NODE.templateKey),
      `${BRIDGE_POINTS_NODE.name}\u0001${pattern}\u0001${patternNoChair}`,
      BRIDGE_POINTS_NODE.sentence,
    )
  }
  if (!isFieldBlock(node.type)) return null
  const block = FIELD_BLOCK_NODES[node.type]
  // A block shows what the inline field of the same name shows: one cached text for both.
  return spec(block.element, texts.label(block.templateKey), `field\u0001${block.field}`)
}
