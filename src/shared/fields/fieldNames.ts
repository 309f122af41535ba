/** Names a `field` node in the body can refer to; each renders from the report's structured fields. */
export const FIELD_NAMES = [
  'themeHeader',
  'title',
  'dateLead',
  'meetingDate',
  'meetingDateFull',
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

/** Vietnamese labels, for the editor's highlight tooltip and screen readers. */
export const FIELD_LABELS: Record<FieldName, string> = {
  themeHeader: 'Chủ đề năm',
  title: 'Tiêu đề',
  dateLead: 'Thời gian (mở đầu)',
  meetingDate: 'Ngày họp',
  meetingDateFull: 'Ngày họp (đầy đủ)',
  presidingBody: 'Cơ quan chủ trì',
  chair: 'Người chủ trì',
  chairName: 'Tên người chủ trì',
  attendees: 'Thành phần dự',
  photoCredit: 'Tác giả ảnh',
  byline: 'Tác giả bài',
}
