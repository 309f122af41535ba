import { useCallback } from 'react'
import type { IpcResponses, RestoredDraft } from '@shared/ipc/contract'
import type { Report } from '@shared/model/report'
import type { StatusMessage } from '../status/statusMessage'
import type { Autosave } from './useAutosave'
import type { OpenDocument } from './useOpenDocument'
import { useLatest } from '../hooks/useLatest'

interface ReportLoadsArgs {
  openDoc: OpenDocument
  autosave: Autosave
  setStatus(status: StatusMessage): void
}

/**
 * The ways a report replaces the open one. None of them asks about unsaved changes: the caller has
 * already passed the Lưu / Không lưu / Hủy guard.
 */
/** @public Named in the inferred return type of useReportSession (declaration emit). */
export interface ReportLoads {
  /** The answer of an open (a file, a recent file, the pending file), or its message. */
  loadOpened(result: IpcResponses['openDraft']): void
  /** A backup brought back after a crash: unsaved until the officer saves it. */
  loadRestored(restored: RestoredDraft): void
  /** A new, never-saved report (from a template or "Báo cáo kỳ tiếp theo"). */
  loadNew(report: Report): void
}

export function useReportLoads(args: ReportLoadsArgs): ReportLoads {
  const latestRef = useLatest(args)

  const loadOpened = useCallback(
    (result: IpcResponses['openDraft']) => {
      const { openDoc, setStatus } = latestRef.current
      if (!result.ok) {
        if (!result.canceled) setStatus({ kind: 'error', text: result.message, said: result.said })
        return
      }
      openDoc.load({ report: result.report, docToken: result.docToken, fileName: result.fileName })
      setStatus(
        result.migratedFrom
          ? { kind: 'info', key: 'status.migrated', params: { version: result.migratedFrom } }
          : result.repaired > 0
            ? {
                kind: 'info',
                key: 'status.repaired',
                params: { name: result.fileName, count: result.repaired },
              }
            : { kind: 'info', key: 'status.opened', params: { name: result.fileName } },
      )
    },
    [latestRef],
  )

  const loadRestored = useCallback(
    (restored: RestoredDraft) => {
      const { openDoc, autosave, setStatus } = latestRef.current
      autosave.adoptOnNextLoad(restored.backupId)
      openDoc.load(
        { report: restored.report, docToken: restored.docToken, fileName: restored.fileName },
        true,
      )
      setStatus({
        kind: 'info',
        key: 'recovery.restored',
        params: { title: restored.report.fields.title || { key: 'app.untitled' } },
      })
    },
    [latestRef],
  )

  const loadNew = useCallback(
    (report: Report) => {
      latestRef.current.openDoc.load({ report, docToken: null, fileName: null })
    },
    [latestRef],
  )

  return { loadOpened, loadRestored, loadNew }
}
