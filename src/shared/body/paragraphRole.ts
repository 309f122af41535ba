import { Extension } from '@tiptap/core'

export const PARAGRAPH_ROLES = ['lead', 'conclusion'] as const

/** Marks a paragraph as the lead (or conclusion) so exports give it its own named style. */
export const ParagraphRoleAttribute = Extension.create({
  name: 'paragraphRole',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          role: {
            default: null,
            parseHTML: (el) => {
              const r = el.getAttribute('data-role')
              return r && (PARAGRAPH_ROLES as readonly string[]).includes(r) ? r : null
            },
            renderHTML: (attrs) => (attrs.role ? { 'data-role': attrs.role } : {}),
          },
        },
      },
    ]
  },
})
