import { useEffect } from 'react'
import type { MenuCommand } from '@shared/ipc/contract'
import { zoomChangeOf, type ZoomChange } from './zoomKeys'

/** Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S, F1; undo and redo stay with the editor's own keymap. */
export function useShortcuts(run: (command: MenuCommand) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) {
        e.preventDefault()
        run('shortcuts')
        return
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      const key = e.key.toLowerCase()
      const command: MenuCommand | null =
        key === 'n' && !e.shiftKey
          ? 'new'
          : key === 'o' && !e.shiftKey
            ? 'open'
            : key === 's'
              ? e.shiftKey
                ? 'saveAs'
                : 'save'
              : null
      if (!command) return
      e.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [run])
}

/**
 * Zoom keys for the editor page. Handled (and default-prevented) here, before the window menu's own
 * zoom, which would scale the whole window, panel and toolbar included.
 */
export function useZoomShortcuts(zoom: (change: ZoomChange) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const change = zoomChangeOf(e)
      if (!change) return
      e.preventDefault()
      zoom(change)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [zoom])
}
