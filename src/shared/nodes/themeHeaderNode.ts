import type { FieldBlockRecord } from './nodeRecord'

/** The unit's annual working theme, at the top of the report. */
export const THEME_HEADER_NODE = {
  name: 'themeHeader',
  field: 'themeHeader',
  templateKey: 'themeHeader',
  element: { tag: 'p', className: 'st-theme' },
  docxStyle: 'themeHeader',
} as const satisfies FieldBlockRecord
