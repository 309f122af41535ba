import { useSyncExternalStore } from 'react'

/** "beside": a column next to the editor when there is room; "tab": in place of the editor page. */
export type PreviewPlacement = 'beside' | 'tab'

const STORAGE_KEY = 'soantin.previewPlacement'

const listeners = new Set<() => void>()
let placement = readStored()

function readStored(): PreviewPlacement {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'tab' ? 'tab' : 'beside'
  } catch {
    // Storage refused (privacy settings): beside, where there is room.
    return 'beside'
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Sets where the preview opens and remembers it for the next start. */
export function setPreviewPlacement(next: PreviewPlacement): void {
  if (next === placement) return
  placement = next
  try {
    window.localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // Not remembered, but the preview still follows the click.
  }
  for (const listener of listeners) listener()
}

/** The placement the officer chose (the shown one may still be "tab" when there is no room beside). */
export function usePreviewPlacement(): PreviewPlacement {
  return useSyncExternalStore(subscribe, () => placement)
}
