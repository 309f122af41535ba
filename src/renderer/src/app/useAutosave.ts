import type { Said } from '@shared/text/said'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Report } from '@shared/model/report'
import { api } from '../ipc/api'
import { AutosaveScheduler } from './useAutosaveScheduler'
import { useLatest } from '../hooks/useLatest'

interface AutosaveArgs {
  /** Changes on every load: a new report gets a new backup id, the previous backup goes. */
  loadId: number
  docToken: string | null
  isDirty(): boolean
  /** The report as it is now; called only when a backup is due, never per keystroke. */
  snapshot(): Report
  onError(message: string, said?: Said): void
}

export interface Autosave {
  /** The id the open report is backed up under. */
  backupId(): string
  /** Call on every change; the backup follows about 1 s after typing stops. */
  schedule(): void
  /** The report was saved (or the officer chose not to): remove its backup. */
  discard(): Promise<void>
  /** The next load is a restored backup: keep backing it up under its own id. */
  adoptOnNextLoad(backupId: string): void
}

const newId = (): string => crypto.randomUUID()

/** Backs up unsaved edits to main's recovery folder, debounced, for saved and never-saved reports. */
export function useAutosave(args: AutosaveArgs): Autosave {
  const latestRef = useLatest(args)
  const current = useRef<string>(newId())
  const adopted = useRef<string | null>(null)
  const lastError = useRef<string | null>(null)
  // The photos main already holds for the current backup id; unchanged photos are not sent again.
  const sentAssets = useRef<{ backupId: string; assets: Report['assets'] } | null>(null)

  const [scheduler] = useState(() => new AutosaveScheduler())

  // Runs only when a backup is due: this is where the report is serialised, never per keystroke.
  const backup = useCallback(async () => {
    const { isDirty, snapshot, docToken, onError } = latestRef.current
    if (!isDirty()) return
    const backupId = current.current
    const report = snapshot()
    const sent = sentAssets.current
    const reuse = sent !== null && sent.backupId === backupId && sent.assets === report.assets
    let result = await api().backupDraft({
      backupId,
      docToken,
      report: reuse ? { ...report, assets: {} } : report,
      assetsUnchanged: reuse,
    })
    if (!result.ok && result.needAssets) {
      result = await api().backupDraft({ backupId, docToken, report })
    }
    sentAssets.current = result.ok ? { backupId, assets: report.assets } : null
    if (!result.ok && result.message !== lastError.current) onError(result.message, result.said)
    lastError.current = result.ok ? null : result.message
  }, [latestRef])

  const discardId = useCallback(
    async (id: string) => {
      scheduler.cancel()
      await scheduler.settled()
      await api().discardBackup({ backupId: id })
    },
    [scheduler],
  )

  const firstLoad = useRef(true)
  useEffect(() => {
    if (firstLoad.current) {
      firstLoad.current = false
      if (adopted.current) current.current = adopted.current
      adopted.current = null
      return
    }
    const previous = current.current
    current.current = adopted.current ?? newId()
    adopted.current = null
    if (previous !== current.current) void discardId(previous)
  }, [args.loadId, discardId])

  return useMemo(
    () => ({
      backupId: () => current.current,
      schedule: () => scheduler.schedule(backup),
      discard: () => discardId(current.current),
      adoptOnNextLoad: (backupId: string) => {
        adopted.current = backupId
      },
    }),
    [backup, discardId, scheduler],
  )
}
