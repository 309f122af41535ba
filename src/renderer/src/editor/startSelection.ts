import type { Node as PmNode } from '@tiptap/pm/model'
import { TextSelection, type Selection } from '@tiptap/pm/state'
import { FIELD_NODE } from '@shared/nodes/fieldNode'

/**
 * Where the caret starts in an opened report: the first paragraph of free text (one placing no
 * field), where the week's text is written, else the first text anywhere. Never on a field block:
 * with a field selected the first keystroke would replace it.
 */
export function startSelection(doc: PmNode): Selection | null {
  let free: number | null = null
  doc.forEach((block, offset) => {
    if (free !== null || block.type.name !== 'paragraph') return
    let placesField = false
    block.forEach((child) => {
      if (child.type.name === FIELD_NODE.name) placesField = true
    })
    if (!placesField) free = offset + 1
  })
  if (free !== null) return TextSelection.create(doc, free)
  return TextSelection.findFrom(doc.resolve(0), 1, true)
}
