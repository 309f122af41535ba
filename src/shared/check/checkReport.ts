import type { Report } from '../model/report'
import type { PersonRecord } from '../people/people'
import { currentUnit, type Settings } from '../settings/settings'
import { requiredFieldKeys } from '../templates/requiredFields'
import type { Template } from '../templates/templateSchema'
import { bodyCheckBlocks } from './bodyCheckBlocks'
import type { CheckInput } from './checkInput'
import type { Finding } from './findings'
import { runCheck } from './runCheck'

/** Without its template, a report still needs a title and an author. */
const REQUIRED_WITHOUT_TEMPLATE = ['title', 'byline'] as const

interface Context {
  settings: Settings
  template: Template | null
  directory: readonly PersonRecord[]
}

/** What the check reads of a unit, a template and a directory, for a report. */
export function checkContext({
  settings,
  template,
  directory,
}: Context): Omit<CheckInput, 'fields' | 'blocks'> {
  const unit = currentUnit(settings)
  return {
    required: template ? requiredFieldKeys(template) : REQUIRED_WITHOUT_TEMPLATE,
    unit: {
      toneStyle: unit.toneStyle,
      closingMark: unit.closingMark,
      printLayout: unit.printLayout,
      webPhotos: unit.webPhotos,
    },
    directory,
  }
}

/** The pre-publication check of a stored draft (the CLI, and exports run from main). */
export function checkReport(report: Report, context: Context): Finding[] {
  return runCheck({
    ...checkContext(context),
    fields: report.fields,
    blocks: bodyCheckBlocks(report.body, report.assets),
  })
}
