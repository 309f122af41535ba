import { FIELD_LABELS_VI } from '../fields/fieldLabels'
import { themeYearMismatch } from '../settings/themeHeader'
import { emptyFields } from '../templates/requiredFields'
import { toneStyledWords, withToneStyle } from '../text/toneStyle'
import { FIELD_IN_TEXT, type CheckInput } from './checkInput'
import { FIELD_LABELS_EN } from './fieldLabelsEn'
import { finding, type Finding } from './findings'
import { leadDateFindings } from './leadDateRules'
import { officeCapitalFindings } from './officeCapitals'
import { directoryTitleFindings, personTitleFindings } from './peopleRules'
import { photoFindings } from './photoRules'
import { bodyPlace, fieldPlace } from './places'
import { excerptOf, type TextSpot } from './textSpots'

function requiredFields(input: CheckInput): Finding[] {
  return emptyFields(input.fields, input.required).map((key) =>
    finding(
      'required-field',
      fieldPlace(key),
      {
        vi: `Chưa điền “${FIELD_LABELS_VI[key]}”, mục mẫu bài yêu cầu.`,
        en: `“${FIELD_LABELS_EN[key]}” is empty; the template requires it.`,
      },
      '',
    ),
  )
}

function themeYear(input: CheckInput): Finding[] {
  const { fields } = input
  if (!themeYearMismatch(fields)) return []
  const text = fields.themeHeader.text
  const m = /năm\s+(\d{4})/iu.exec(text)
  const from = m ? m.index + m[0].length - 4 : 0
  const year = fields.meetingDate?.slice(0, 4) ?? ''
  return [
    finding(
      'theme-year',
      fieldPlace('themeHeader', 'themeHeader', from, m ? from + 4 : 0),
      {
        vi: `Chủ đề năm ghi năm ${m?.[1] ?? ''}, còn cuộc họp diễn ra năm ${year}: chủ đề cũ còn sót lại?`,
        en: `The annual theme names ${m?.[1] ?? ''}, but the meeting is in ${year}: a theme left over?`,
      },
      excerptOf(text, from, from + 4),
    ),
  ]
}

/** Words in the other tone style than the unit's, when the report uses both. */
function toneStyles(input: CheckInput, spots: readonly TextSpot[]): Finding[] {
  const words = spots.flatMap((spot) => toneStyledWords(spot.text).map((w) => ({ ...w, spot })))
  const unit = input.unit.toneStyle
  if (!words.some((w) => w.style === unit) || words.every((w) => w.style === unit)) return []
  const example = unit === 'old' ? 'hòa, thủy' : 'hoà, thuỷ'
  return words
    .filter((w) => w.style !== unit)
    .map((w) => {
      const fixed = withToneStyle(w.word, unit)
      return finding(
        'mixed-tone-style',
        w.spot.place(w.from, w.from + w.word.length),
        {
          vi: `Bài trộn hai kiểu đặt dấu: “${w.word}” khác kiểu của đơn vị (${example}).`,
          en: `The report mixes tone-mark styles: “${w.word}” differs from the unit’s style (${example}).`,
        },
        excerptOf(w.spot.text, w.from, w.from + w.word.length),
        { text: fixed, label: { vi: `Sửa thành “${fixed}”`, en: `Change to “${fixed}”` } },
      )
    })
}

function closingMark(input: CheckInput): Finding[] {
  const mark = input.unit.closingMark
  if (!mark) return []
  let index = input.blocks.length - 1
  while (index >= 0) {
    const b = input.blocks[index]!
    if (!b.photo && !b.inTable && b.text.replaceAll(FIELD_IN_TEXT, '').trim()) break
    index--
  }
  const block = input.blocks[index]
  if (!block) return []
  const text = block.text.trimEnd()
  if (text.endsWith(mark)) return []
  const from = text.endsWith('.') ? text.length - 1 : text.length
  return [
    finding(
      'closing-mark',
      bodyPlace(index, from, block.text.length),
      {
        vi: `Đoạn cuối chưa có dấu kết thúc “${mark}” theo quy ước của đơn vị.`,
        en: `The last paragraph lacks the closing mark “${mark}” the unit uses.`,
      },
      excerptOf(block.text, from, block.text.length),
      { text: mark, label: { vi: `Thêm “${mark}”`, en: `Add “${mark}”` } },
    ),
  ]
}

/** The rules that read the report as a whole. */
export function reportFindings(input: CheckInput, spots: readonly TextSpot[]): Finding[] {
  return [
    ...requiredFields(input),
    ...themeYear(input),
    ...leadDateFindings(input),
    ...photoFindings(input),
    ...toneStyles(input, spots),
    ...officeCapitalFindings(spots),
    ...personTitleFindings(input),
    ...directoryTitleFindings(input),
    ...closingMark(input),
  ]
}
