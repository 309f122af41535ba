import type { ParseArgsConfig } from 'node:util'
import type { Report } from '../../shared/model/report'

export type OptionValues = Record<string, string | boolean | undefined>

/** One output of `soantin export`, planned from the options before anything is read or written. */
export interface ExportJob {
  label: string
  /** Absolute path of the main file, so two outputs can never be the same file. */
  output: string
  write(report: Report): Promise<{ message: string; warnings: string[] }>
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
