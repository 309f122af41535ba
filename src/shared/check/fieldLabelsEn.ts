import type { TemplateFieldKey } from '../templates/templateSchema'

/** The template fields' names in English, for the check's English messages. */
export const FIELD_LABELS_EN: Readonly<Record<TemplateFieldKey, string>> = {
  themeHeader: 'Annual theme',
  title: 'Title',
  meetingDate: 'Meeting date',
  timeOfDay: 'Time of day',
  presidingBody: 'Presiding body',
  chair: 'Chair',
  attendees: 'Attendees',
  bridgePoints: 'Bridge points',
  photoCredit: 'Photographer',
  byline: 'Author',
}
