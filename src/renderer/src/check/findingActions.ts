import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { TextSelection } from '@tiptap/pm/state'
import type { Finding } from '@shared/check/findings'
import type { FieldStore } from '@shared/templates/fieldStore'
import { fieldTextSlots } from '@shared/templates/fieldTextSlots'
import { recordFieldReplacement } from '../find/replaceHistory'
import { focusFieldInput } from '../panel/fieldInputIds'
import type { CheckResult } from './useCheck'

/** The editor positions of a body finding, or null when its block is gone. */
function bodyRange(finding: Finding, result: CheckResult): { from: number; to: number } | null {
  if (finding.place.kind !== 'body') return null
  const start = result.starts[finding.place.block]
  if (start === undefined) return null
  return { from: start + finding.place.from, to: start + finding.place.to }
}

/** Shows the finding: the words selected in the body, or the field's box focused in the panel. */
export function jumpToFinding(finding: Finding, result: CheckResult, editor: Editor): void {
  const { place } = finding
  if (place.kind === 'field') {
    if (!focusFieldInput(place.key)) return
    const box = document.activeElement
    const slot =
      place.slot && result.fields ? fieldTextSlots(result.fields).find((s) => s.id === place.slot) : undefined
    if ((box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement) && slot) {
      // The box may show more than this one value ("Tên, chức danh"): find the value inside it.
      const at = box.value.indexOf(slot.text)
      if (at >= 0) box.setSelectionRange(at + place.from, at + place.to)
    }
    return
  }
  const range = bodyRange(finding, result)
  if (!range) return
  const { state, view } = editor
  const max = state.doc.content.size
  const sel = TextSelection.create(state.doc, Math.min(range.from, max), Math.min(range.to, max))
  view.dispatch(state.tr.setSelection(sel).scrollIntoView())
  view.focus()
}

/**
 * Makes a finding's one-click fix, as one undo step: in the body a replacement of its range, in the
 * panel a replacement inside the field's value (Ctrl+Z brings it back, as after "Thay thế").
 */
export function applyFindingFix(
  finding: Finding,
  result: CheckResult,
  editor: Editor,
  store: FieldStore,
): boolean {
  const fix = finding.fix
  if (!fix) return false
  const { place } = finding
  if (place.kind === 'field') {
    const before = store.get()
    const slot = fieldTextSlots(before).find((s) => s.id === place.slot)
    if (!slot || place.to > slot.text.length) return false
    store.set(slot.write(before, slot.text.slice(0, place.from) + fix.text + slot.text.slice(place.to)))
    recordFieldReplacement(editor, store, before, false)
    return true
  }
  const range = bodyRange(finding, result)
  if (!range) return false
  const tr = editor.state.tr
  if (fix.text) tr.insertText(fix.text, range.from, range.to)
  else tr.delete(range.from, range.to)
  editor.view.dispatch(closeHistory(tr))
  return true
}
