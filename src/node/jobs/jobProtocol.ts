import type { DocxWarning } from '@shared/export/docx/docxWarning'
import type { HtmlForm } from '@shared/export/html/renderTypes'
import type { Report } from '@shared/model/report'
import type { PrintLayout, WebPhotoSettings } from '@shared/settings/settings'
import type { readDraftFile } from '../draftFiles'
import type { planHtmlExport } from '../htmlExportFile'
import type { KeyedCopy } from '../images/copyStore'
import type { SaveError } from '../saveErrors'

/**
 * Work on an untrusted draft, done in a worker so that a draft that loops or exhausts memory ends the
 * worker, never the app or the CLI. Every job and every answer is plain data (structured clone).
 */
export type Job =
  /** Reads, checks and migrates a draft from disk (the worker reads the file itself; it writes nothing). */
  | { kind: 'readDraft'; path: string }
  /** Builds a .docx in memory; the caller writes the bytes. */
  | { kind: 'buildDocx'; report: Report; layout?: PrintLayout; knownCopies?: KeyedCopy[] }
  /** Plans an HTML page and its photos; the caller writes the batch. */
  | {
      kind: 'buildHtml'
      report: Report
      htmlPath: string
      form?: HtmlForm
      imagesDir: string | null
      layout?: PrintLayout
      webPhotos?: WebPhotoSettings
      knownCopies?: KeyedCopy[]
    }
  /** The CMS fragment and its plain text, for "Sao chép cho web". */
  | { kind: 'webFragment'; report: Report; webPhotos?: WebPhotoSettings; knownCopies?: KeyedCopy[] }

export type JobKind = Job['kind']
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>

export interface JobResults {
  readDraft: Awaited<ReturnType<typeof readDraftFile>>
  buildDocx: { bytes: Uint8Array; warnings: DocxWarning[]; madeCopies: KeyedCopy[] }
  buildHtml: Awaited<ReturnType<typeof planHtmlExport>> & { madeCopies: KeyedCopy[] }
  webFragment: {
    html: string
    text: string
    warnings: string[]
    warningsEn: string[]
    madeCopies: KeyedCopy[]
  }
}

export type JobResult = JobResults[JobKind]

/** Parent → worker: the one job this worker runs. */
export interface JobRequest {
  type: 'run'
  job: Job
}

/** Worker → parent. A failure carries the thrown error's name and message unchanged. */
export type JobAnswer =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: JobResult }
  | { type: 'failed'; name: string; message: string; en?: string; saveCode?: SaveError['code'] }

export interface JobRunOptions {
  /** The job's progress (DOCX: one step per top-level block, then packing). */
  onProgress?: (done: number, total: number) => void
  /** Aborting ends the worker at once; the run rejects with a "canceled" `JobStoppedError`. */
  signal?: AbortSignal
}

/** Where jobs run: a worker thread (CLI, tests) or an Electron utility process (the app). */
export interface JobPort {
  run<K extends JobKind>(job: JobOf<K>, options?: JobRunOptions): Promise<JobResults[K]>
}

export function isJobAnswer(value: unknown): value is JobAnswer {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false
  return value.type === 'progress' || value.type === 'done' || value.type === 'failed'
}

export function isJobRequest(value: unknown): value is JobRequest {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'run'
}
