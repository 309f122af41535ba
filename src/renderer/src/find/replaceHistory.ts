import { Extension, type Editor } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { redo, undo } from '@tiptap/pm/history'
import type { ReportFields } from '@shared/model/fields'
import type { FieldStore } from '@shared/templates/fieldStore'

/**
 * A replacement that changed field values (the title, the chair, a bridge point…), which live
 * outside the editor's document and so outside its history. Kept with the document as it was right
 * after, so Ctrl+Z undoes it only when it is the officer's last action there.
 */
interface Replacement {
  store: FieldStore
  fieldsBefore: ReportFields
  fieldsAfter: ReportFields
  /** The same replacement changed the body too: one history step, undone together with the fields. */
  body: boolean
  docAfter: PmNode
  /** The document once undone, for redo. */
  docBefore: PmNode | null
}

interface Stacks {
  undone: Replacement[]
  done: Replacement[]
}

const stacks = new WeakMap<Editor, Stacks>()
const stacksOf = (editor: Editor): Stacks => {
  let found = stacks.get(editor)
  if (!found) stacks.set(editor, (found = { undone: [], done: [] }))
  return found
}

/**
 * Records a replacement the find bar just made in the fields (and, with `body`, in the body in one
 * transaction), so that undo and redo take the fields with them.
 */
export function recordFieldReplacement(
  editor: Editor,
  store: FieldStore,
  fieldsBefore: ReportFields,
  body: boolean,
): void {
  const own = stacksOf(editor)
  own.done.push({
    store,
    fieldsBefore,
    fieldsAfter: store.get(),
    body,
    docAfter: editor.state.doc,
    docBefore: null,
  })
  own.undone = []
}

/**
 * Undo and redo that know the find bar's field replacements: the toolbar, the menu, Ctrl+Z and Ctrl+Y
 * all run these commands. A replacement is undone only while nothing was changed after it (the body
 * as it was right after, the fields untouched since); otherwise the history goes on as usual.
 * Registered after the undo-redo extension, whose commands these replace.
 */
export const ReplaceHistory = Extension.create({
  name: 'replaceHistory',
  priority: 50,

  addCommands() {
    return {
      undo:
        () =>
        ({ state, dispatch, editor }) => {
          const own = stacksOf(editor)
          const last = own.done.at(-1)
          const current =
            last && last.store.get() === last.fieldsAfter && state.doc.eq(last.docAfter) ? last : null
          if (!current) return undo(state, dispatch)
          if (!dispatch) return true
          own.done.pop()
          if (current.body) undo(state, dispatch)
          current.store.set(current.fieldsBefore)
          current.fieldsBefore = current.store.get()
          own.undone.push(current)
          // The document after this command: the body's undo lands in the same transaction.
          queueMicrotask(() => (current.docBefore = editor.state.doc))
          return true
        },
      redo:
        () =>
        ({ state, dispatch, editor }) => {
          const own = stacksOf(editor)
          const next = own.undone.at(-1)
          const current =
            next &&
            next.store.get() === next.fieldsBefore &&
            next.docBefore !== null &&
            state.doc.eq(next.docBefore)
              ? next
              : null
          if (!current) return redo(state, dispatch)
          if (!dispatch) return true
          own.undone.pop()
          if (current.body) redo(state, dispatch)
          current.store.set(current.fieldsAfter)
          current.fieldsAfter = current.store.get()
          own.done.push(current)
          queueMicrotask(() => (current.docAfter = editor.state.doc))
          return true
        },
    }
  },
})
