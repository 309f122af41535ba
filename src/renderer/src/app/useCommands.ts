import { useCallback, useEffect } from 'react'
import type { MenuCommand } from '@shared/ipc/contract'
import { api } from '../ipc/api'
import { useShortcuts } from './useShortcuts'
import { useLatest } from '../hooks/useLatest'

/** What each command does; a `Record` so a command added to the contract cannot be forgotten here. */
type CommandHandlers = Record<MenuCommand, () => void>

/**
 * One `run(command)` for the menu (through main), the keyboard shortcuts and the toolbar buttons.
 * It stays the same function across renders, so the menu listener is registered once.
 */
export function useCommands(handlers: CommandHandlers): (command: MenuCommand) => void {
  const latestRef = useLatest(handlers)
  const run = useCallback((command: MenuCommand) => latestRef.current[command](), [latestRef])
  useShortcuts(run)
  useEffect(() => api().onMenuCommand(run), [run])
  return run
}
