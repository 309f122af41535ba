/** Names a `field` node in the body can refer to; each renders from the report's structured fields. */
export const FIELD_NAMES = [
  'themeHeader',
  'title',
  'titleUpper',
  'dateLead',
  'meetingDate',
  'meetingDateFull',
  'meetingDateNumeric',
  'meetingWeekday',
  'presidingBody',
  'chair',
  'chairName',
  'attendees',
  'photoCredit',
  'byline',
] as const
export type FieldName = (typeof FIELD_NAMES)[number]

export function isFieldName(value: unknown): value is FieldName {
  return typeof value === 'string' && (FIELD_NAMES as readonly string[]).includes(value)
}
