import { useSyncExternalStore } from 'react'
import { DEFAULT_ZOOM, nextZoom, ZOOM_STEPS, type ZoomChange } from './zoomKeys'

const STORAGE_KEY = 'soantin.editorZoom'

const listeners = new Set<() => void>()
let zoom = readStored()

function readStored(): number {
  try {
    const saved = Number(window.localStorage.getItem(STORAGE_KEY))
    return (ZOOM_STEPS as readonly number[]).includes(saved) ? saved : DEFAULT_ZOOM
  } catch {
    return DEFAULT_ZOOM
  }
}

/** Zooms the editor page one step (or back to 100 %) and remembers it for the next start. */
export function changeEditorZoom(change: ZoomChange): void {
  const next = nextZoom(zoom, change)
  if (next === zoom) return
  zoom = next
  try {
    window.localStorage.setItem(STORAGE_KEY, String(next))
  } catch {
    // Not remembered, but the page still zooms.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The editor page's zoom in percent. */
export function useEditorZoom(): number {
  return useSyncExternalStore(subscribe, () => zoom)
}
