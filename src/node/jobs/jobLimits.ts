import type { JobKind } from './jobProtocol'
import { viNumber } from '@shared/text/viNumber'

/** How long and how much memory one job may take before its worker is ended. */
export interface JobLimits {
  timeoutMs: number
  maxMemoryMb: number
}

// A real draft (a few MB, tens of photos) takes seconds and a few hundred MB; these only stop runaways.
export const DEFAULT_JOB_LIMITS: JobLimits = { timeoutMs: 120_000, maxMemoryMb: 1024 }

/** Why a job was ended from outside; the message says what happened, in words the officer knows. */
export type JobStopReason = 'timeout' | 'memory' | 'crash' | 'canceled'

const WHAT: Record<JobKind, { doing: string; work: string }> = {
  readDraft: { doing: 'mở', work: 'việc mở tệp' },
  buildDocx: { doing: 'xuất DOCX', work: 'việc xuất DOCX' },
  buildHtml: { doing: 'xuất HTML', work: 'việc xuất HTML' },
  webFragment: { doing: 'sao chép cho web', work: 'việc sao chép cho web' },
}

export function jobStopMessage(
  kind: JobKind,
  reason: JobStopReason,
  limits: JobLimits,
  exitCode?: number | null,
): string {
  const { doing, work } = WHAT[kind]
  const untouched = kind === 'readDraft' ? 'tệp không bị thay đổi' : 'bản thảo không bị thay đổi'
  switch (reason) {
    case 'memory':
      return `Bản thảo cần quá nhiều bộ nhớ để ${doing} (vượt ${viNumber(limits.maxMemoryMb)} MB); ${work} đã dừng, ${untouched}.`
    case 'timeout':
      return `Bản thảo cần quá ${viNumber(Math.round(limits.timeoutMs / 1000))} giây để ${doing}; ${work} đã dừng, ${untouched}.`
    case 'crash': {
      const code = exitCode === null || exitCode === undefined ? '' : ` (mã thoát ${exitCode})`
      return `Tiến trình xử lý bản thảo dừng đột ngột${code} nên ${work} không hoàn thành; ${untouched}.`
    }
    case 'canceled':
      return `Đã hủy ${work}; ${untouched}.`
  }
}

/** A job ended by its limits, a crash of its worker, or a cancel. */
export class JobStoppedError extends Error {
  constructor(
    readonly reason: JobStopReason,
    message: string,
  ) {
    super(message)
    this.name = 'JobStoppedError'
  }
}

/** An error the job itself threw in the worker, with its name and message as they were there. */
export class JobError extends Error {
  constructor(name: string, message: string) {
    super(message)
    this.name = name
  }
}
