import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseReportText } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'

export const SEED_EXAMPLE = join(__dirname, '../../../../../examples/giao-ban-thuong-truc-tinh-uy.soantin')

/** The seed article as the templates made it: the real report every export must reproduce. */
export function seedReport(): Report {
  const parsed = parseReportText(readFileSync(SEED_EXAMPLE, 'utf8'))
  if (!parsed.ok) throw new Error(`examples/giao-ban-thuong-truc-tinh-uy.soantin: ${parsed.message}`)
  return parsed.report
}
