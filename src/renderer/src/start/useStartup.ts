import type { Said } from '@shared/text/said'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { IpcResponses, RecentFileInfo, RecoverableReport, RestoredDraft } from '@shared/ipc/contract'
import { useLatest } from '../hooks/useLatest'
import { api } from '../ipc/api'

type Opened = IpcResponses['openDraft']

interface StartupArgs {
  /** Loads the result of an open into the editor (or shows its message). */
  loadOpened(result: Opened): void
  /** Loads a restored backup, to be backed up further under its own id. */
  loadRestored(restored: RestoredDraft): void
  guard(): Promise<boolean>
  /** The backup id of the report open now, left out of the recovery list. */
  currentBackupId(): string
  /** Hides the start panel: a report was loaded. */
  hidePanel(): void
  onError(message: string, said?: Said): void
}

interface Startup {
  /** Reports an earlier run could not save; the recovery dialog shows while there are some. */
  recoverable: RecoverableReport[]
  /** The recent files for the start panel. */
  recent: RecentFileInfo[]
  restore(backupId: string): Promise<void>
  discard(backupId: string): Promise<void>
  closeRecovery(): void
  /** Opens the file main holds for us (command line, OS, recent menu) after asking about changes. */
  openPending(): Promise<void>
  openRecent(id: string): Promise<void>
}

/**
 * What happens when the app starts: a file given on the command line is opened, reports an earlier
 * run could not save are offered for recovery, and the recent files are listed for the start panel.
 */
export function useStartup(args: StartupArgs): Startup {
  const latestRef = useLatest(args)
  const [recoverable, setRecoverable] = useState<RecoverableReport[]>([])
  const [recent, setRecent] = useState<RecentFileInfo[]>([])

  // Once per page load. A ref rather than a cleanup flag: React's development double mount must not
  // take the pending file from main and then drop it.
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    void (async () => {
      const pending = await api().openPendingFile()
      if (pending.ok || !pending.canceled) {
        latestRef.current.hidePanel()
        latestRef.current.loadOpened(pending)
      }
      const [items, files] = await Promise.all([
        api().listRecoverable({ exclude: latestRef.current.currentBackupId() }),
        api().listRecentFiles(),
      ])
      setRecoverable(items)
      setRecent(files)
    })()
  }, [latestRef])

  const restore = useCallback(
    async (backupId: string) => {
      if (!(await latestRef.current.guard())) return
      const restored = await api().restoreBackup({ backupId })
      setRecoverable((items) => items.filter((i) => i.backupId !== backupId))
      if (!restored.ok) return latestRef.current.onError(restored.message, restored.said)
      latestRef.current.hidePanel()
      latestRef.current.loadRestored(restored)
    },
    [latestRef],
  )

  const discard = useCallback(
    async (backupId: string) => {
      const result = await api().discardBackup({ backupId })
      if (!result.ok) return latestRef.current.onError(result.message, result.said)
      setRecoverable((items) => items.filter((i) => i.backupId !== backupId))
    },
    [latestRef],
  )

  const closeRecovery = useCallback(() => setRecoverable([]), [])

  const openPending = useCallback(async () => {
    if (!(await latestRef.current.guard())) return
    const result = await api().openPendingFile()
    if (!result.ok && result.canceled) return
    latestRef.current.hidePanel()
    latestRef.current.loadOpened(result)
  }, [latestRef])

  const openRecent = useCallback(
    async (id: string) => {
      if (!(await latestRef.current.guard())) return
      const result = await api().openRecentFile({ id })
      if (result.ok) latestRef.current.hidePanel()
      latestRef.current.loadOpened(result)
      setRecent(await api().listRecentFiles())
    },
    [latestRef],
  )

  return { recoverable, recent, restore, discard, closeRecovery, openPending, openRecent }
}
