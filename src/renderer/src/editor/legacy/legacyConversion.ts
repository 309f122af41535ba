import type { Mark } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { legacyConverter } from '@shared/text/legacy/convertLegacy'
import type { EditorView } from '@tiptap/pm/view'
import {
  detectLegacyEncoding,
  likelyLegacyEncoding,
  type LegacyEncoding,
} from '@shared/text/legacy/detectLegacyEncoding'

interface Run {
  from: number
  text: string
  marks: readonly Mark[]
}

/**
 * The text between `from` and `to` converted from `encoding` to Unicode, run by run so bold, links and
 * the rest keep their place; null when nothing changes. One transaction: one undo step.
 */
export function legacyConversion(
  state: EditorState,
  from: number,
  to: number,
  encoding: LegacyEncoding,
  onlyMisread = false,
): Transaction | null {
  const runs: Run[] = []
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText || !node.text) return
    const start = Math.max(from, pos)
    const end = Math.min(to, pos + node.text.length)
    if (end > start)
      runs.push({ from: start, text: node.text.slice(start - pos, end - pos), marks: node.marks })
  })
  const convert = legacyConverter(encoding, { whole: runs.map((run) => run.text).join(' '), onlyMisread })
  const tr = state.tr
  // Last run first, so the positions of the runs before it still hold.
  for (const run of [...runs].reverse()) {
    const converted = convert(run.text)
    if (converted === run.text) continue
    tr.replaceWith(run.from, run.from + run.text.length, state.schema.text(converted, run.marks))
  }
  return tr.docChanged ? tr : null
}

/** The selection's text, for deciding its encoding. */
function selectedText(state: EditorState): string {
  const { from, to } = state.selection
  return state.doc.textBetween(from, to, '\n', ' ')
}

/**
 * Converts the selection from the legacy encoding its words read best in, on the officer's request
 * (Chuyển mã TCVN3/VNI): the encoding it found, or null when no word reads better decoded. A selection
 * recognised as a whole is converted whole; otherwise only its misread words are.
 */
export function convertSelectionFromLegacy(view: EditorView): LegacyEncoding | null {
  const text = selectedText(view.state)
  const recognised = detectLegacyEncoding(text)?.encoding
  const encoding = recognised ?? likelyLegacyEncoding(text)
  if (!encoding) return null
  const { from, to } = view.state.selection
  const tr = legacyConversion(view.state, from, to, encoding, !recognised)
  if (tr) view.dispatch(tr.scrollIntoView())
  return encoding
}
