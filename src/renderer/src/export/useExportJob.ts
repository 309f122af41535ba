import { useCallback, useReducer, useRef } from 'react'
import type { Canceled, ExportProgress, Failure } from '@shared/ipc/contract'
import { useLatest } from '../hooks/useLatest'
import { api } from '../ipc/api'
import { exportJobReducer, IDLE_EXPORT, type ExportJobState, type ExportResult } from './exportJob'
import { describeError } from '@shared/text/describeError'

interface ExportJob<R extends ExportResult> {
  state: ExportJobState<R>
  /** Runs `work` unless a job is already running. */
  run(work: () => Promise<R | Canceled | Failure>): Promise<void>
  /** "Mở tệp" / "Mở thư mục" for the finished export. */
  open(target: 'file' | 'folder'): Promise<void>
  dismiss(): void
}

/**
 * The state of one kind of export, one job at a time: progress while it runs (from main's progress
 * events for `format`, when given), then the result or the failure, then open or dismiss.
 * `failed(detail)` words an error the work threw.
 */
export function useExportJob<R extends ExportResult>(
  failed: (detail: string) => string,
  format?: ExportProgress['format'],
): ExportJob<R> {
  const [state, dispatch] = useReducer(exportJobReducer<R>, IDLE_EXPORT)
  const running = useRef(false)
  const wordingRef = useLatest(failed)

  const run = useCallback(
    async (work: () => Promise<R | Canceled | Failure>) => {
      if (running.current) return
      running.current = true
      dispatch({ type: 'start' })
      const unsubscribe = format
        ? api().onExportProgress((progress) => {
            if (progress.format === format) dispatch({ type: 'progress', progress })
          })
        : () => undefined
      try {
        dispatch({ type: 'finish', outcome: await work() })
      } catch (error) {
        dispatch({ type: 'fail', message: wordingRef.current(describeError(error)) })
      } finally {
        unsubscribe()
        running.current = false
      }
    },
    [format, wordingRef],
  )

  const exportToken = state.phase === 'done' ? state.result.exportToken : undefined
  const open = useCallback(
    async (target: 'file' | 'folder') => {
      if (!exportToken) return
      const result = await api().openExport({ exportToken, target })
      dispatch({ type: 'opened', exportToken, error: result.ok ? null : result.message })
    },
    [exportToken],
  )

  const dismiss = useCallback(() => dispatch({ type: 'dismiss' }), [])

  return { state, run, open, dismiss }
}
