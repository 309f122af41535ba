import type { ReportFields } from '../model/fields'
import type { Template, TemplateFieldKey } from './templateSchema'

/** True when the officer has not filled the field yet. */
function isFieldEmpty(fields: ReportFields, key: TemplateFieldKey): boolean {
  switch (key) {
    case 'themeHeader':
      return fields.themeHeader.text.trim() === ''
    case 'title':
    case 'presidingBody':
    case 'attendees':
    case 'photoCredit':
      return fields[key].trim() === ''
    case 'meetingDate':
      return fields.meetingDate === null
    case 'timeOfDay':
      return false
    case 'chair':
      return !fields.chair || fields.chair.name.trim() === ''
    case 'bridgePoints':
      return fields.bridgePoints.length === 0 || fields.bridgePoints.some((p) => p.place.trim() === '')
    case 'byline':
      return fields.byline.author.trim() === ''
  }
}

/** The template's required fields the report leaves empty, in the template's order. */
export function missingRequiredFields(fields: ReportFields, template: Template): TemplateFieldKey[] {
  return emptyFields(fields, requiredFieldKeys(template))
}

/** The fields a template asks for. */
export function requiredFieldKeys(template: Template): TemplateFieldKey[] {
  return template.fields.filter((f) => f.required).map((f) => f.name)
}

/** Those of `keys` the report leaves empty, in the same order. */
export function emptyFields(fields: ReportFields, keys: readonly TemplateFieldKey[]): TemplateFieldKey[] {
  return keys.filter((key) => isFieldEmpty(fields, key))
}
