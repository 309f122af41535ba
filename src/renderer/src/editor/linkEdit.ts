import { getMarkRange, type Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import type { MarkType } from '@tiptap/pm/model'
import { judgeLink, type LinkRefusal } from '@shared/links/linkPolicy'
import { readDomSelection } from './domSelectionFirst'

/** What the link dialog edits: a range of the body, its text and its current address. */
export interface LinkTarget {
  from: number
  to: number
  /** The range's text, as the dialog prefills it. */
  text: string
  /** The existing link's address, or '' for a new link. */
  href: string
  /** True when the caret or selection is on an existing link. */
  existing: boolean
  /** False when the range spans several blocks or is not text: only the address can change. */
  textEditable: boolean
}

/** The link under the caret (its whole range), or else the selection. */
export function linkTargetAt(editor: Editor): LinkTarget {
  // Ctrl+K straight after Ctrl+Shift+Left: the selection on screen, not the one before the key.
  readDomSelection(editor.view)
  const { state } = editor
  const { from, to, $from, $to } = state.selection
  const linkType = state.schema.marks.link
  const range = linkType ? getMarkRange($from, linkType) : undefined
  if (linkType && range && range.to >= to) {
    const mark = state.doc.nodeAt(range.from)?.marks.find((m) => m.type === linkType)
    return {
      from: range.from,
      to: range.to,
      text: state.doc.textBetween(range.from, range.to, ' '),
      href: String(mark?.attrs.href ?? ''),
      existing: true,
      textEditable: true,
    }
  }
  const textEditable = $from.parent.isTextblock && $from.sameParent($to)
  return {
    from,
    to,
    text: state.doc.textBetween(from, to, ' '),
    href: '',
    existing: false,
    textEditable,
  }
}

/**
 * Links the target range to `href` (in the link policy's normalised form) in one undoable step, or
 * says why the address is refused. A changed text replaces the range's text (keeping its other
 * marks); an empty text on an empty range shows the address as typed.
 */
export function applyLink(
  editor: Editor,
  target: LinkTarget,
  text: string,
  href: string,
): LinkRefusal | null {
  const judged = judgeLink(href)
  if (judged.href === null) return judged.refusal
  const address = judged.href
  linkStep(editor, (tr, linkType, state) => {
    const link = linkType.create({ href: address })
    const shown = target.textEditable ? text : target.text
    const replace = target.textEditable && shown !== target.text
    if (!replace && target.from < target.to) {
      tr.removeMark(target.from, target.to, linkType).addMark(target.from, target.to, link)
      return true
    }
    if (!target.textEditable) return false
    const content = shown === '' ? href.trim() : shown
    const marks = link.addToSet(
      tr.doc
        .resolve(target.from)
        .marks()
        .filter((m) => m.type !== linkType),
    )
    tr.replaceWith(target.from, target.to, state.schema.text(content, marks))
    tr.setSelection(TextSelection.create(tr.doc, target.from + content.length))
    return true
  })
  return null
}

/** Removes the link from the target range, in one undoable step. */
export function removeLink(editor: Editor, target: LinkTarget): boolean {
  return linkStep(editor, (tr, linkType) => {
    tr.removeMark(target.from, target.to, linkType)
    return true
  })
}

/** Runs `change` as its own undo step (never merged with the typing just before), with the link mark type. */
function linkStep(
  editor: Editor,
  change: (tr: Transaction, linkType: MarkType, state: EditorState) => boolean,
): boolean {
  return editor
    .chain()
    .focus()
    .command(({ tr, state }) => {
      const linkType = state.schema.marks.link
      if (!linkType) return false
      closeHistory(tr)
      return change(tr, linkType, state)
    })
    .run()
}
