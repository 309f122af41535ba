import { useSyncExternalStore } from 'react'

type FindBarMode = 'find' | 'replace'

interface FindBarState {
  mode: FindBarMode | null
  /** Counts the open requests, so asking again (Ctrl+F while open) focuses the query again. */
  opens: number
}

let state: FindBarState = { mode: null, opens: 0 }
const listeners = new Set<() => void>()
const openListeners = new Set<() => void>()

function set(next: FindBarState): void {
  state = next
  for (const listener of [...listeners]) listener()
}

/** Opens the find bar (Ctrl+F, the toolbar button, the menu); 'replace' also shows the replace row. */
export function openFindBar(mode: FindBarMode): void {
  // Before the bar takes the keyboard, so a listener still sees the editor's selection.
  for (const listener of [...openListeners]) listener()
  set({ mode, opens: state.opens + 1 })
}

/** Called on every open request, before the bar shows; returns the unsubscribe function. */
export function onFindBarOpen(listener: () => void): () => void {
  openListeners.add(listener)
  return () => {
    openListeners.delete(listener)
  }
}

export function closeFindBar(): void {
  if (state.mode) set({ ...state, mode: null })
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function useFindBar(): FindBarState {
  return useSyncExternalStore(subscribe, () => state)
}
