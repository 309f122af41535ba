import { Node } from '@tiptap/core'
import { FIELD_LABELS_VI } from '../fields/fieldLabels'
import { FIELD_NODE, fieldNameOf } from '../nodes/fieldNode'
import type { FieldSource } from './fieldSource'
import { EMPTY_FIELD_SOURCE } from './fieldSource'
import { recordAttributes } from './recordAttributes'

interface FieldOptions {
  /** Where the field's current text comes from. @default empty fields */
  source: FieldSource
}

const { name: nodeName, element, attrs } = FIELD_NODE

/** An inline reference to a structured field; its text always comes from the report's fields. */
export const Field = Node.create<FieldOptions>({
  name: nodeName,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { source: EMPTY_FIELD_SOURCE }
  },

  addAttributes() {
    return recordAttributes(attrs)
  },

  parseHTML() {
    return [{ tag: `${element.tag}[${attrs.name.htmlAttribute}]` }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const name = fieldNameOf(node.attrs)
    // Copied HTML is the document's, so its label is Vietnamese whatever the UI language.
    const label = name ? FIELD_LABELS_VI[name] : String(node.attrs.name)
    const text = name ? this.options.source.fieldText(name) : ''
    return [
      element.tag,
      { ...HTMLAttributes, class: element.className, 'aria-label': `${label}: ${text}` },
      text,
    ]
  },

  renderText({ node }) {
    const name = fieldNameOf(node.attrs)
    return name ? this.options.source.fieldText(name) : ''
  },
})
