import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { IpcResponses, RecentFileInfo, RecoverableReport, RestoredDraft } from '@shared/ipc/contract'
import { api } from '../ipc/api'
import { RecoveryDialog } from './RecoveryDialog'
import { StartPanel } from './StartPanel'

type Opened = IpcResponses['openDraft']

export interface StartupArgs {
  /** Loads the result of an open into the editor (or shows its message). */
  loadOpened(result: Opened): void
  /** Loads a restored backup, to be backed up further under its own id. */
  loadRestored(restored: RestoredDraft): void
  guard(): Promise<boolean>
  /** The backup id of the report open now, left out of the recovery list. */
  currentBackupId(): string
  onNew(): void
  onOpen(): void
  onError(message: string): void
}

export interface Startup {
  /** The recovery dialog, when reports can be recovered. */
  dialog: ReactNode
  /** The start panel, while the officer has not begun. */
  panel: ReactNode
  /** Hides the start panel (on any load or edit). */
  dismiss(): void
  /** Opens the file main holds for us (command line, OS, recent menu) after asking about changes. */
  openPending(): Promise<void>
  openRecent(id: string): Promise<void>
}

/**
 * What happens when the app starts: a file given on the command line is opened, reports an earlier
 * run could not save are offered for recovery, and the recent files are shown on the start panel.
 */
export function useStartup(args: StartupArgs): Startup {
  const latest = useRef(args)
  useEffect(() => {
    latest.current = args
  })
  const [recoverable, setRecoverable] = useState<RecoverableReport[]>([])
  const [recent, setRecent] = useState<RecentFileInfo[]>([])
  const [showPanel, setShowPanel] = useState(true)
  const panelShown = useRef(true)
  // Called on every edit: cheap once the panel is gone.
  const hidePanel = useCallback(() => {
    if (!panelShown.current) return
    panelShown.current = false
    setShowPanel(false)
  }, [])

  // Once per page load. A ref rather than a cleanup flag: React's development double mount must not
  // take the pending file from main and then drop it.
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    void (async () => {
      const pending = await api().openPendingFile(null)
      if (pending.ok || !pending.canceled) {
        hidePanel()
        latest.current.loadOpened(pending)
      }
      const [items, files] = await Promise.all([
        api().listRecoverable({ exclude: latest.current.currentBackupId() }),
        api().listRecentFiles(null),
      ])
      setRecoverable(items)
      setRecent(files)
    })()
  }, [hidePanel])

  const restore = useCallback(
    async (backupId: string) => {
      if (!(await latest.current.guard())) return
      const restored = await api().restoreBackup({ backupId })
      setRecoverable((items) => items.filter((i) => i.backupId !== backupId))
      if (!restored.ok) return latest.current.onError(restored.message)
      hidePanel()
      latest.current.loadRestored(restored)
    },
    [hidePanel],
  )

  const discard = useCallback(async (backupId: string) => {
    const result = await api().discardBackup({ backupId })
    if (!result.ok) return latest.current.onError(result.message)
    setRecoverable((items) => items.filter((i) => i.backupId !== backupId))
  }, [])

  const openPending = useCallback(async () => {
    if (!(await latest.current.guard())) return
    const result = await api().openPendingFile(null)
    if (!result.ok && result.canceled) return
    hidePanel()
    latest.current.loadOpened(result)
  }, [hidePanel])

  const openRecent = useCallback(
    async (id: string) => {
      if (!(await latest.current.guard())) return
      const result = await api().openRecentFile({ id })
      if (result.ok) hidePanel()
      latest.current.loadOpened(result)
      setRecent(await api().listRecentFiles(null))
    },
    [hidePanel],
  )

  const dialog =
    recoverable.length > 0 ? (
      <RecoveryDialog
        items={recoverable}
        onRestore={(id) => void restore(id)}
        onDiscard={(id) => void discard(id)}
        onClose={() => setRecoverable([])}
      />
    ) : null

  const panel =
    showPanel && recent.length > 0 ? (
      <StartPanel
        recent={recent}
        onNew={() => latest.current.onNew()}
        onOpen={() => latest.current.onOpen()}
        onOpenRecent={(id) => void openRecent(id)}
        onDismiss={hidePanel}
      />
    ) : null

  return { dialog, panel, dismiss: hidePanel, openPending, openRecent }
}
