import type { TemplateFieldKey } from '../templates/templateSchema'
import type { FieldName } from './fieldNames'

/** Everything that has a field label: the template's fields and the forms a `field` node shows. */
export type FieldLabelKey = TemplateFieldKey | FieldName

type FieldLabels = Readonly<Record<FieldLabelKey, string>>

/**
 * The field labels in Vietnamese: the UI's `fields` messages (i18n `vi`) and the labels documents and
 * the CLI print. Kept here because the domain cannot import the renderer; `en.ts` translates it.
 */
export const FIELD_LABELS_VI: FieldLabels = {
  themeHeader: 'Chủ đề năm',
  title: 'Tiêu đề',
  titleUpper: 'Tiêu đề (chữ in hoa)',
  meetingDate: 'Ngày họp',
  dateLead: 'Thời gian (mở đầu)',
  meetingDateFull: 'Ngày họp (đầy đủ)',
  meetingDateNumeric: 'Ngày họp (số, có năm)',
  meetingWeekday: 'Thứ trong tuần của ngày họp',
  timeOfDay: 'Buổi',
  presidingBody: 'Cơ quan chủ trì',
  chair: 'Người chủ trì',
  chairName: 'Tên người chủ trì',
  attendees: 'Thành phần dự',
  bridgePoints: 'Điểm cầu',
  photoCredit: 'Tác giả ảnh',
  byline: 'Tác giả bài',
}
