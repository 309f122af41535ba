import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

const STORAGE_KEY = 'soantin.panelCollapsed'

const listeners = new Set<() => void>()
let collapsed = readStored()

function readStored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === '1'
  } catch {
    // Storage refused (privacy settings): the panel simply starts open.
    return false
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Collapses or expands the field panel and remembers the choice for the next start. */
export function setPanelCollapsed(next: boolean): void {
  if (next === collapsed) return
  collapsed = next
  try {
    window.localStorage.setItem(STORAGE_KEY, next ? '1' : '0')
  } catch {
    // Not remembered, but the panel still follows the click.
  }
  for (const listener of listeners) listener()
}

/**
 * Opens a collapsed panel at once, so a control inside it can take focus in the same keystroke
 * (Enter on a field in the body).
 */
export function expandPanelNow(): void {
  if (collapsed) flushSync(() => setPanelCollapsed(false))
}

/** Whether the field panel is collapsed to its strip. */
export function usePanelCollapsed(): boolean {
  return useSyncExternalStore(subscribe, () => collapsed)
}
