import { Node } from '@tiptap/core'
import { FIELD_LABELS, isFieldName } from '../fields/fieldNames'
import type { FieldSource } from './fieldSource'
import { EMPTY_FIELD_SOURCE } from './fieldSource'

export interface FieldOptions {
  /** Where the field's current text comes from. @default empty fields */
  source: FieldSource
}

/** An inline reference to a structured field; its text always comes from the report's fields. */
export const Field = Node.create<FieldOptions>({
  name: 'field',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { source: EMPTY_FIELD_SOURCE }
  },

  addAttributes() {
    return {
      name: {
        default: 'title',
        parseHTML: (el) => el.getAttribute('data-field'),
        renderHTML: (attrs) => ({ 'data-field': attrs.name }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-field]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const name = node.attrs.name
    const label = isFieldName(name) ? FIELD_LABELS[name] : String(name)
    const text = isFieldName(name) ? this.options.source.fieldText(name) : ''
    return ['span', { ...HTMLAttributes, class: 'st-field', 'aria-label': `${label}: ${text}` }, text]
  },

  renderText({ node }) {
    const name = node.attrs.name
    return isFieldName(name) ? this.options.source.fieldText(name) : ''
  },
})
