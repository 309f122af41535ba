import type { JobKind } from './jobProtocol'
import { enNumber, SaidError, type Said } from '@shared/text/said'
import { viNumber } from '@shared/text/vietnameseNumber'

/** How long and how much memory one job may take before its worker is ended. */
export interface JobLimits {
  timeoutMs: number
  maxMemoryMb: number
}

// A real draft (a few MB, tens of photos) takes seconds and a few hundred MB; these only stop runaways.
export const DEFAULT_JOB_LIMITS: JobLimits = { timeoutMs: 120_000, maxMemoryMb: 1024 }

/** Why a job was ended from outside; the message says what happened, in words the officer knows. */
export type JobStopReason = 'timeout' | 'memory' | 'crash' | 'canceled'

const WHAT: Record<JobKind, { doing: string; work: string; doingEn: string; workEn: string }> = {
  readDraft: { doing: 'mở', work: 'việc mở tệp', doingEn: 'open', workEn: 'opening' },
  buildDocx: {
    doing: 'xuất DOCX',
    work: 'việc xuất DOCX',
    doingEn: 'export to DOCX',
    workEn: 'the DOCX export',
  },
  buildHtml: {
    doing: 'xuất HTML',
    work: 'việc xuất HTML',
    doingEn: 'export to HTML',
    workEn: 'the HTML export',
  },
  webFragment: {
    doing: 'sao chép cho web',
    work: 'việc sao chép cho web',
    doingEn: 'copy for the web',
    workEn: 'copying for the web',
  },
}

export function jobStopMessage(
  kind: JobKind,
  reason: JobStopReason,
  limits: JobLimits,
  exitCode?: number | null,
): Said {
  const { doing, work, doingEn, workEn } = WHAT[kind]
  const untouched = kind === 'readDraft' ? 'tệp không bị thay đổi' : 'bản thảo không bị thay đổi'
  const untouchedEn = kind === 'readDraft' ? 'the file is unchanged' : 'the draft is unchanged'
  const seconds = Math.round(limits.timeoutMs / 1000)
  switch (reason) {
    case 'memory':
      return {
        vi: `Bản thảo cần quá nhiều bộ nhớ để ${doing} (vượt ${viNumber(limits.maxMemoryMb)} MB); ${work} đã dừng, ${untouched}.`,
        en: `The draft needs too much memory to ${doingEn} (over ${enNumber(limits.maxMemoryMb)} MB); ${workEn} was stopped, ${untouchedEn}.`,
      }
    case 'timeout':
      return {
        vi: `Bản thảo cần quá ${viNumber(seconds)} giây để ${doing}; ${work} đã dừng, ${untouched}.`,
        en: `The draft needs more than ${enNumber(seconds)} seconds to ${doingEn}; ${workEn} was stopped, ${untouchedEn}.`,
      }
    case 'crash': {
      const known = exitCode !== null && exitCode !== undefined
      return {
        vi: `Tiến trình xử lý bản thảo dừng đột ngột${known ? ` (mã thoát ${exitCode})` : ''} nên ${work} không hoàn thành; ${untouched}.`,
        en: `The process working on the draft stopped suddenly${known ? ` (exit code ${exitCode})` : ''}, so ${workEn} did not finish; ${untouchedEn}.`,
      }
    }
    case 'canceled':
      return { vi: `Đã hủy ${work}; ${untouched}.`, en: `Canceled ${workEn}; ${untouchedEn}.` }
  }
}

/** A job ended by its limits, a crash of its worker, or a cancel. */
export class JobStoppedError extends SaidError {
  constructor(
    readonly reason: JobStopReason,
    said: Said,
  ) {
    super(said.vi, said.en)
    this.name = 'JobStoppedError'
  }
}

/** An error the job itself threw in the worker, with its name, message and English as they were there. */
export class JobError extends Error {
  constructor(
    name: string,
    message: string,
    readonly en?: string,
  ) {
    super(message)
    this.name = name
  }
}
