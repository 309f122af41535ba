import { Extension } from '@tiptap/core'
import { applyParagraphStyle } from './style/paragraphStyles'

/**
 * Word's keys where TipTap's differ: Ctrl+L/E/R/J align (TipTap wants Shift too), Ctrl+Alt+1–3 the
 * body's headings h2–h4 (the report title is the only h1) and Ctrl+Alt+0 a plain paragraph.
 * Ctrl+Shift+7/8, Ctrl+Z/Y and Shift+Enter are TipTap's own and already Word's; Ctrl+K is the link
 * dialog's (useLinkDialog).
 * Runs before StarterKit's keymap, so Ctrl+Alt+1 never asks for a heading level the schema lacks.
 */
export const WordShortcuts = Extension.create({
  name: 'wordShortcuts',
  priority: 1000,
  addKeyboardShortcuts() {
    const align = (a: 'left' | 'center' | 'right' | 'justify') => () =>
      this.editor.chain().focus().setTextAlign(a).run() || true
    const style = (id: Parameters<typeof applyParagraphStyle>[1]) => () => {
      applyParagraphStyle(this.editor, id)
      // Taken either way: the browser must not act on the key (Ctrl+L, Ctrl+R, Ctrl+J are its own).
      return true
    }
    return {
      'Mod-l': align('left'),
      'Mod-e': align('center'),
      'Mod-r': align('right'),
      'Mod-j': align('justify'),
      'Mod-Alt-1': style('heading2'),
      'Mod-Alt-2': style('heading3'),
      'Mod-Alt-3': style('heading4'),
      'Mod-Alt-0': style('body'),
    }
  },
})
