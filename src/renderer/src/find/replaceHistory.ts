import { Extension, type Editor } from '@tiptap/core'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import type { Node as PmNode } from '@tiptap/pm/model'
import { redo, undo } from '@tiptap/pm/history'
import type { ReportFields } from '@shared/model/fields'
import type { FieldStore } from '@shared/templates/fieldStore'

/** The report on one side of a replacement: its fields, and its body once known. */
interface Side {
  fields: ReportFields
  doc: PmNode | null
}

/**
 * A replacement that changed field values (the title, the chair, a bridge point…), which live
 * outside the editor's document and so outside its history. Kept with the report as it was on each
 * side, so Ctrl+Z undoes it only when it is the officer's last action there.
 */
interface Replacement {
  store: FieldStore
  /** The same replacement changed the body too: one history step, undone together with the fields. */
  body: boolean
  before: Side
  after: Side
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
    body,
    before: { fields: fieldsBefore, doc: null },
    after: { fields: store.get(), doc: editor.state.doc },
  })
  own.undone = []
}

type HistoryCommand = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean

/**
 * One move through the history: from the top of `from`, if the report is still as that replacement
 * left it (`leave`), to its other side (`arrive`) with the body's own history step; else the
 * history alone, as usual.
 */
function travel(
  editor: Editor,
  state: EditorState,
  dispatch: ((tr: Transaction) => void) | undefined,
  [from, to]: [Replacement[], Replacement[]],
  [leave, arrive]: ['after', 'before'] | ['before', 'after'],
  history: HistoryCommand,
): boolean {
  const top = from.at(-1)
  const here = top?.[leave]
  const current = top && here?.doc && top.store.get() === here.fields && state.doc.eq(here.doc) ? top : null
  if (!current) return history(state, dispatch)
  if (!dispatch) return true
  from.pop()
  if (current.body) history(state, dispatch)
  current.store.set(current[arrive].fields)
  current[arrive].fields = current.store.get()
  to.push(current)
  // The document after this command: the body's step lands in the same transaction.
  queueMicrotask(() => (current[arrive].doc = editor.state.doc))
  return true
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
          return travel(editor, state, dispatch, [own.done, own.undone], ['after', 'before'], undo)
        },
      redo:
        () =>
        ({ state, dispatch, editor }) => {
          const own = stacksOf(editor)
          return travel(editor, state, dispatch, [own.undone, own.done], ['before', 'after'], redo)
        },
    }
  },
})
