import type { TemplateFieldKey } from '@shared/templates/templateSchema'
import { expandPanelNow } from './panelCollapse'

/** The id of the panel control that edits a field; Enter on a field in the body focuses it. */
export function fieldInputId(key: TemplateFieldKey): string {
  return `st-in-${key}`
}

/** Moves keyboard focus to the panel control of a field, if the panel shows it (opening it if collapsed). */
export function focusFieldInput(key: TemplateFieldKey): boolean {
  expandPanelNow()
  // Bridge points have no single input: the first point's place, or the add button when there is none.
  const el =
    key === 'bridgePoints'
      ? (document.querySelector<HTMLElement>('.st-bp input[type="text"]') ??
        document.getElementById('st-bp-add'))
      : document.getElementById(fieldInputId(key))
  if (!el) return false
  el.focus()
  el.scrollIntoView({ block: 'nearest' })
  return true
}
