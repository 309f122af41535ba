import { isFieldName, type FieldName } from '../fields/fieldNames'
import type { TemplateFieldKey } from '../templates/templateSchema'
import type { NodeAttribute, NodeElement } from './nodeRecord'

/** An inline reference to a structured field; its text always comes from the report's fields. */
export const FIELD_NODE = {
  name: 'field',
  element: { tag: 'span', className: 'st-field' },
  attrs: { name: { default: 'title', htmlAttribute: 'data-field' } },
  /** The template field each form needs: a template must declare it to place the node. */
  templateKeyOf: {
    themeHeader: 'themeHeader',
    title: 'title',
    titleUpper: 'title',
    dateLead: 'meetingDate',
    meetingDate: 'meetingDate',
    meetingDateFull: 'meetingDate',
    meetingDateNumeric: 'meetingDate',
    meetingWeekday: 'meetingDate',
    presidingBody: 'presidingBody',
    chair: 'chair',
    chairName: 'chair',
    attendees: 'attendees',
    photoCredit: 'photoCredit',
    byline: 'byline',
  },
} as const satisfies {
  name: string
  element: NodeElement
  attrs: { name: NodeAttribute<FieldName> }
  templateKeyOf: Readonly<Record<FieldName, TemplateFieldKey>>
}

/** The field a `field` node names, or null when it names none we know. */
export function fieldNameOf(attrs: Readonly<Record<string, unknown>> | undefined): FieldName | null {
  const name = attrs?.name
  return isFieldName(name) ? name : null
}
