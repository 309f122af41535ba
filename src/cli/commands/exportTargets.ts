import type { ParseArgsConfig } from 'node:util'
import type { FileBatch } from '@node/fileBatch'
import type { JobPort } from '@node/jobs/jobProtocol'
import type { Report } from '@shared/model/report'
import type { PrintLayout, WebPhotoSettings } from '@shared/settings/settings'

export type OptionValues = Record<string, string | boolean | undefined>

/** One output of `soantin export`, planned from the options before anything is read or written. */
export interface ExportJob {
  label: string
  /** Absolute path of the main file, so two outputs can never be the same file. */
  output: string
  /** Builds every file of this output in memory; the run writes all outputs together or none. */
  prepare(report: Report, options: ExportJobOptions): Promise<PreparedExport>
}

/** One output ready to write: its files, and what to print once every output is on disk. */
export interface PreparedExport {
  batch: FileBatch
  message: string
  warnings: string[]
}

/** What every format of one run shares: the unit's print layout from `--settings`, if given. */
export interface ExportJobOptions {
  /** The current unit's print layout; undefined means the Decree 30 defaults. */
  layout?: PrintLayout
  /** The current unit's web photo size and quality; undefined means the defaults. */
  webPhotos?: WebPhotoSettings
  /** Where the exporter runs: a worker thread with time and memory limits. */
  jobs: JobPort
}

/**
 * A format the export command can write: its options, its usage lines, and a planner that turns the
 * parsed options into a job (null when the format was not asked for, a string for a usage error).
 */
export interface ExportTarget {
  options: NonNullable<ParseArgsConfig['options']>
  usage: string
  plan(values: OptionValues): ExportJob | string | null
}
