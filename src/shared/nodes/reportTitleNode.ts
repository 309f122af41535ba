import type { FieldBlockRecord } from './nodeRecord'

/** The report's title, from the title field; the page's only h1. */
export const REPORT_TITLE_NODE = {
  name: 'reportTitle',
  field: 'title',
  templateKey: 'title',
  element: { tag: 'h1', className: 'st-title' },
  docxStyle: 'title',
} as const satisfies FieldBlockRecord
