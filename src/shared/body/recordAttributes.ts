import type { Attribute } from '@tiptap/core'
import type { NodeAttribute } from '../nodes/nodeRecord'

// TipTap's own element type: src/shared has no DOM types of its own.
type ParsedElement = Parameters<NonNullable<Attribute['parseHTML']>>[0]
type AttributeHolder = Pick<ParsedElement, 'getAttribute'>

interface RecordAttributeOptions {
  /** The element holding the HTML attributes, when it is not the node's own (a figure's `<img>`). */
  readFrom?: (element: ParsedElement) => AttributeHolder | null
  /** False when the node's own renderHTML writes them (TipTap must not add them to its element). */
  rendered?: boolean
}

/**
 * A node record's attributes as TipTap attribute specs: each read back from its HTML attribute, its
 * default when absent, so the record stays the one place that names them.
 */
export function recordAttributes<K extends string>(
  attrs: Readonly<Record<K, NodeAttribute<string>>>,
  { readFrom = (element): AttributeHolder => element, rendered = true }: RecordAttributeOptions = {},
): Record<K, Partial<Attribute>> {
  const specs = {} as Record<K, Partial<Attribute>>
  for (const key of Object.keys(attrs) as K[]) {
    const { default: fallback, htmlAttribute } = attrs[key]
    specs[key] = {
      default: fallback,
      parseHTML: (element) => readFrom(element)?.getAttribute(htmlAttribute) ?? fallback,
      renderHTML: rendered ? (values) => ({ [htmlAttribute]: values[key] }) : () => ({}),
    }
  }
  return specs
}
