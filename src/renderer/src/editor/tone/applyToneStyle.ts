import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import type { FieldStore } from '@shared/templates/fieldStore'
import { mapFieldTexts } from '@shared/templates/fieldTextSlots'
import { countToneStyles, withToneStyle, type ToneStyle } from '@shared/text/toneStyle'
import { recordFieldReplacement } from '../../find/replaceHistory'

/** Attributes holding text a reader sees: a photo's alt text, the bridge-point sentence patterns. */
const TEXT_ATTRS = ['alt', 'pattern', 'patternNoChair'] as const

/**
 * Writes the whole report — body, photo alt texts, bridge-point patterns and every field — in one
 * tone-mark style, as one undo step (Ctrl+Z brings back the body and the fields together). Returns
 * how many words moved their mark.
 */
export function applyToneStyle(editor: Editor, store: FieldStore, style: ToneStyle): number {
  const other: ToneStyle = style === 'old' ? 'new' : 'old'
  let moved = 0
  const restyle = (text: string): string => {
    const next = withToneStyle(text, style)
    if (next !== text) moved += countToneStyles(text)[other]
    return next
  }
  const { state } = editor
  const tr = state.tr
  state.doc.descendants((node, pos) => {
    if (node.isText && node.text) {
      const text = restyle(node.text)
      // The mark moves within a letter pair, so the length and every later position stay the same.
      if (text !== node.text) tr.replaceWith(pos, pos + node.nodeSize, state.schema.text(text, node.marks))
      return
    }
    const attrs: Record<string, unknown> = { ...node.attrs }
    let changed = false
    for (const name of TEXT_ATTRS) {
      const value = attrs[name]
      if (typeof value !== 'string') continue
      const next = restyle(value)
      if (next !== value) {
        attrs[name] = next
        changed = true
      }
    }
    if (changed) tr.setNodeMarkup(pos, undefined, attrs, node.marks)
  })
  const before = store.get()
  const fields = mapFieldTexts(before, restyle)
  if (tr.docChanged) editor.view.dispatch(closeHistory(tr))
  if (fields !== before) {
    store.set(fields)
    recordFieldReplacement(editor, store, before, tr.docChanged)
  }
  return moved
}
