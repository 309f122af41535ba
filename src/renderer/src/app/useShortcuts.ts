import { useEffect } from 'react'
import type { MenuCommand } from '@shared/ipc/contract'

/** Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S; undo and redo stay with the editor's own keymap. */
export function useShortcuts(run: (command: MenuCommand) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
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
