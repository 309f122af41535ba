import type { BodyNode } from '../model/body'
import { emptyFields, type ReportFields } from '../model/fields'
import { REPORT_FORMAT, REPORT_VERSION, type Report } from '../model/report'
import { currentUnit, type Settings } from '../settings/settings'
import { themeTextFor } from '../settings/themeHeader'
import { deepNfc } from '../text/normalize'
import { localIsoDate } from '../time/localDate'
import type { Template } from './templateSchema'

interface DraftOptions {
  /** The new report's id. */
  id: string
  now: Date
  /** The meeting date (YYYY-MM-DD); today in local time when absent. */
  date?: string | null
  /** Annual themes and the byline's author and unit come from here. */
  settings?: Settings
  /** Ids for the bridge points the template starts with. */
  newId: () => string
}

/** The fields a new report from `template` starts with. */
function templateFields(template: Template, options: DraftOptions): ReportFields {
  const d = template.defaults
  const fields = emptyFields()
  fields.meetingDate = options.date ?? localIsoDate(options.now)
  fields.title = d.title ?? ''
  fields.timeOfDay = d.timeOfDay ?? ''
  fields.presidingBody = d.presidingBody ?? ''
  fields.chair = d.chair ? structuredClone(d.chair) : null
  fields.attendees = d.attendees ?? ''
  fields.photoCredit = d.photoCredit ?? ''
  fields.photoCreditPlacement = d.photoCreditPlacement ?? 'caption'
  fields.bridgePoints = (d.bridgePoints ?? []).map((p) => ({
    id: options.newId(),
    place: p.place,
    chair: p.chair ? structuredClone(p.chair) : null,
    note: p.note,
  }))
  const settings = options.settings
  const unit = settings ? currentUnit(settings) : null
  fields.byline = {
    prefix: d.byline?.prefix ?? '',
    author: settings?.profile.author || d.byline?.author || '',
    unit: unit?.name || d.byline?.unit || '',
  }
  fields.themeHeader = { text: settings ? themeTextFor(settings, fields.meetingDate) : '', overridden: false }
  return fields
}

/** A new draft from a template: its fields filled from defaults and settings, its body the skeleton. */
export function createDraftFromTemplate(template: Template, options: DraftOptions): Report {
  const stamp = options.now.toISOString()
  return deepNfc({
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    id: options.id,
    templateId: template.id,
    createdAt: stamp,
    updatedAt: stamp,
    fields: templateFields(template, options),
    body: structuredClone(template.body) as BodyNode,
    assets: {},
  })
}
