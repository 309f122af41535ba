import type { FieldHit } from '@shared/templates/fieldTextSlots'
import { fieldInputId, focusFieldInput } from '../panel/fieldInputIds'

/** The panel control that edits a slot, when it has a fixed id (see FieldPanel, BridgePointList). */
function inputIdOf(slotId: string): string | null {
  const point = /^bridgePoints\.(.+)\.(place|note)$/.exec(slotId)
  if (point) return `st-bp-${point[1]}-${point[2]}`
  switch (slotId) {
    case 'title':
    case 'presidingBody':
    case 'attendees':
    case 'photoCredit':
    case 'themeHeader':
      return fieldInputId(slotId)
    case 'chair.name':
      return fieldInputId('chair')
    case 'byline.author':
      return fieldInputId('byline')
    case 'byline.prefix':
      return 'st-in-byline-prefix'
    case 'byline.unit':
      return 'st-in-byline-unit'
    default:
      return null
  }
}

/**
 * Opens a field hit the way Enter on a field in the body does (the panel opens and its control takes
 * focus), then selects the matched text in that control when the control holds the slot's text.
 */
export function openFieldHit(hit: FieldHit): void {
  focusFieldInput(hit.key)
  const id = inputIdOf(hit.slotId)
  const el = id ? document.getElementById(id) : null
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return
  el.focus()
  el.scrollIntoView({ block: 'nearest' })
  if (el.value.length >= hit.to) el.setSelectionRange(hit.from, hit.to)
}
