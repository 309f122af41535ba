// Pure zoom rules (steps and keys), apart from the React and storage glue so unit tests can load them.

/** The editor page's zoom steps, in percent. */
export const ZOOM_STEPS = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200] as const
const MIN_ZOOM = 50
const MAX_ZOOM = 200
export const DEFAULT_ZOOM = 100

export type ZoomChange = 'in' | 'out' | 'reset'

/** The next step from `current`; a value between steps moves to the nearest step that way. */
export function nextZoom(current: number, change: ZoomChange): number {
  if (change === 'reset') return DEFAULT_ZOOM
  if (change === 'in') return ZOOM_STEPS.find((s) => s > current) ?? MAX_ZOOM
  return [...ZOOM_STEPS].reverse().find((s) => s < current) ?? MIN_ZOOM
}

/** Ctrl+= / Ctrl++ zoom in, Ctrl+- out, Ctrl+0 back to 100 %; the number pad's keys too. */
export function zoomChangeOf(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  const change: ZoomChange | null =
    e.key === '=' || e.key === '+' || e.code === 'NumpadAdd'
      ? 'in'
      : e.key === '-' || e.key === '_' || e.code === 'NumpadSubtract'
        ? 'out'
        : e.key === '0' || e.code === 'Digit0' || e.code === 'Numpad0'
          ? 'reset'
          : null
  return change
}
