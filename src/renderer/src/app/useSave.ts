import { useCallback } from 'react'
import { isSaveConflict } from '@shared/ipc/contract'
import type { Report } from '@shared/model/report'
import type { AskConflict } from '../dialogs/useConflictQuestion'
import { api } from '../ipc/api'
import type { StatusMessage } from '../status/statusMessage'
import type { Autosave } from './useAutosave'
import type { OpenDocument } from './useOpenDocument'
import { useLatest } from '../hooks/useLatest'

interface SaveArgs {
  openDoc: OpenDocument
  /** The report as it is now (editor body and panel fields). */
  currentReport(): Report
  askConflict: AskConflict
  autosave: Autosave
  /** After the report is on disk (the people it names are remembered). */
  afterSave(report: Report): void
  setStatus(status: StatusMessage): void
}

/**
 * Save and Save As. If another program changed or removed the file, asks before overwriting.
 * Resolves true once the report is on disk.
 */
export function useSave(args: SaveArgs): (as: boolean) => Promise<boolean> {
  const latestRef = useLatest(args)
  return useCallback(
    async (as: boolean): Promise<boolean> => {
      const { openDoc, currentReport, askConflict, autosave, afterSave, setStatus } = latestRef.current
      let mode: 'save' | 'saveAs' | 'overwrite' = as ? 'saveAs' : 'save'
      for (;;) {
        const before = openDoc.edits()
        const request = { docToken: openDoc.doc.docToken, report: currentReport() }
        const result =
          mode === 'saveAs'
            ? await api().saveDraftAs(request)
            : await api().saveDraft({ ...request, overwrite: mode === 'overwrite' })
        if (!result.ok) {
          if (isSaveConflict(result)) {
            const choice = await askConflict(result.conflict, result.message)
            if (choice === 'cancel') return false
            mode = choice
            continue
          }
          if (!result.canceled) setStatus({ kind: 'error', text: result.message, said: result.said })
          return false
        }
        openDoc.markSaved(request.report, result.docToken, result.fileName)
        // Edits typed while saving stay unsaved (and backed up); otherwise the backup has done its job.
        if (openDoc.edits() === before) {
          openDoc.markClean()
          void autosave.discard()
        } else autosave.schedule()
        afterSave(request.report)
        setStatus({ kind: 'info', key: 'status.saved', params: { name: result.fileName } })
        return true
      }
    },
    [latestRef],
  )
}
