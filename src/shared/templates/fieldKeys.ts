import type { FieldName } from '../fields/fieldNames'
import type { BlockNodeName } from '../model/nodeNames'
import type { TemplateFieldKey } from './templateSchema'

/** The structured field each inline `field` node shows; a template must declare it to place the node. */
export const FIELD_KEY_OF_NAME: Record<FieldName, TemplateFieldKey> = {
  themeHeader: 'themeHeader',
  title: 'title',
  dateLead: 'meetingDate',
  meetingDate: 'meetingDate',
  meetingDateFull: 'meetingDate',
  presidingBody: 'presidingBody',
  chair: 'chair',
  chairName: 'chair',
  attendees: 'attendees',
  photoCredit: 'photoCredit',
  byline: 'byline',
}

/** Block nodes that render a structured field, and the field they render. */
export const FIELD_KEY_OF_BLOCK: Partial<Record<BlockNodeName, TemplateFieldKey>> = {
  themeHeader: 'themeHeader',
  reportTitle: 'title',
  bridgePoints: 'bridgePoints',
  byline: 'byline',
}
