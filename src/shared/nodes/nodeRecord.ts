import type { StyleKey } from '../export/docx/docxStyles'
import type { FieldName } from '../fields/fieldNames'
import type { TemplateFieldKey } from '../templates/templateSchema'

/** Tags the custom nodes render as. */
export type NodeTag = 'p' | 'h1' | 'div' | 'span' | 'figure' | 'figcaption'

/**
 * An element with its class: the same in the editor, in TipTap's HTML and in the HTML export. Classes
 * are lower-case with hyphens, the only ones the export's attribute allowlist keeps.
 */
export interface NodeElement<Tag extends NodeTag = NodeTag> {
  readonly tag: Tag
  readonly className: `st-${string}`
}

/** A node attribute: its default and the HTML attribute TipTap keeps it in. */
export interface NodeAttribute<T> {
  readonly default: T
  readonly htmlAttribute: string
}

/** A block that shows one field's text and holds nothing typed: theme header, title, byline. */
export interface FieldBlockRecord {
  readonly name: string
  /** The text it shows; `templateKey` is the template field it needs, and names its label. */
  readonly field: FieldName
  readonly templateKey: TemplateFieldKey
  readonly element: NodeElement<'p' | 'h1'>
  readonly docxStyle: StyleKey
}

/** A node as the records read it: a stored body node or an editor node's name and attributes. */
export interface NodeLike {
  readonly type: string
  readonly attrs?: Readonly<Record<string, unknown>>
}
