import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/** ProseMirror's own DOM reader; internal to prosemirror-view, so reached through a narrow shape. */
interface DomObserverShape {
  flush?: () => void
}

/**
 * Makes the editor's selection the one on screen. ProseMirror reads a caret the browser moved itself
 * (End, Ctrl+End, a click) on `selectionchange`, which Chromium queues behind input events: on a busy
 * renderer Enter after Ctrl+End would split the block where the caret was before. ProseMirror's
 * `flush` compares the DOM selection with the one it last saw, so it never undoes its own placement.
 */
export function readDomSelection(view: EditorView): void {
  if (view.composing) return
  const observer = (view as unknown as { domObserver?: DomObserverShape }).domObserver
  observer?.flush?.()
}

/** Before any key command runs (highest priority): the key acts where the caret is on screen. */
export const DomSelectionFirst = Extension.create({
  name: 'domSelectionFirst',
  priority: 10000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('domSelectionFirst'),
        props: {
          handleKeyDown: (view, event) => {
            // 229: a key an input method is processing; its text arrives by composition, not by key.
            if (!event.isComposing && event.keyCode !== 229) readDomSelection(view)
            return false
          },
        },
      }),
    ]
  },
})
