import type { Canceled, ExportProgress, Failure } from '@shared/ipc/contract'

/** What a finished export gives back: its notes, and a token when there is a file to open. */
export interface ExportResult {
  ok: true
  warnings: string[]
  exportToken?: string
}

/**
 * One export job (DOCX, HTML or copy for web): idle, working (with a percentage once main reports
 * progress), done with its result, or failed with a Vietnamese message.
 */
export type ExportJobState<R extends ExportResult> =
  | { phase: 'idle' }
  /** `percent` is null until main reports progress (while the save dialog is open, for instance). */
  | { phase: 'working'; percent: number | null }
  | { phase: 'done'; result: R; openError: string | null }
  | { phase: 'failed'; message: string }

export type ExportJobAction<R extends ExportResult> =
  | { type: 'start' }
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'finish'; outcome: R | Canceled | Failure }
  | { type: 'fail'; message: string }
  /** "Mở tệp" / "Mở thư mục" answered for the export with this token: null, or why it did not open. */
  | { type: 'opened'; exportToken: string; error: string | null }
  | { type: 'dismiss' }

export const IDLE_EXPORT = { phase: 'idle' } as const

export function exportJobReducer<R extends ExportResult>(
  state: ExportJobState<R>,
  action: ExportJobAction<R>,
): ExportJobState<R> {
  switch (action.type) {
    case 'start':
      return { phase: 'working', percent: null }
    case 'progress': {
      if (state.phase !== 'working') return state
      const { done, total } = action.progress
      const percent = Math.min(100, Math.floor((100 * done) / total))
      // A real percentage that never goes back.
      return (state.percent ?? -1) < percent ? { phase: 'working', percent } : state
    }
    case 'finish': {
      const outcome = action.outcome
      if (outcome.ok) return { phase: 'done', result: outcome, openError: null }
      return outcome.canceled ? IDLE_EXPORT : { phase: 'failed', message: outcome.message }
    }
    case 'fail':
      return { phase: 'failed', message: action.message }
    case 'opened':
      if (state.phase !== 'done' || state.result.exportToken !== action.exportToken) return state
      return { ...state, openError: action.error }
    case 'dismiss':
      return IDLE_EXPORT
  }
}
