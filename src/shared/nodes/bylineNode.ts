import type { FieldBlockRecord } from './nodeRecord'

/** Author and unit, right-aligned, closing the report. */
export const BYLINE_NODE = {
  name: 'byline',
  field: 'byline',
  templateKey: 'byline',
  element: { tag: 'p', className: 'st-byline' },
  docxStyle: 'byline',
} as const satisfies FieldBlockRecord
