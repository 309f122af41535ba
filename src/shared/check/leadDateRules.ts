import {
  firstWrittenDate,
  numericDate,
  shortDate,
  weekdayName,
  WEEKDAYS,
  weekdayOf,
} from '../text/vietnameseDate'
import { FIELD_IN_TEXT, type CheckBlock, type CheckInput } from './checkInput'
import { finding, type Finding } from './findings'
import { bodyPlace } from './places'
import { excerptOf } from './textSpots'

/** How far into the lead its date may start: after "Sáng thứ Hai, ngày" and the like, not further. */
const LEAD_DATE_REACH = 30

/** The lead paragraph: the one the template marks as such, else the first paragraph of text. */
function leadIndex(blocks: readonly CheckBlock[]): number {
  const marked = blocks.findIndex((b) => b.role === 'lead')
  if (marked >= 0) return marked
  return blocks.findIndex((b) => !b.photo && !b.inTable && b.text.replaceAll(FIELD_IN_TEXT, '').trim() !== '')
}

/** The date and weekday the lead opens with, against the meeting date. */
export function leadDateFindings(input: CheckInput): Finding[] {
  const iso = input.fields.meetingDate
  const index = leadIndex(input.blocks)
  const block = input.blocks[index]
  if (!iso || !block) return []
  // The date opens the lead: "Ngày 19/9, …", "Sáng thứ Hai (6/10), …". Dates further on are
  // others ("Nghị quyết … ngày 16/11/2020"); a lead opening with the date field agrees by itself.
  const written = firstWrittenDate(block.text)
  const opening = block.text.length - block.text.trimStart().length
  if (!written || written.from > opening + LEAD_DATE_REACH) return []
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const excerpt = excerptOf(block.text, written.from, written.to)
  const place = bodyPlace(index, written.from, written.to)
  const sameDay = written.day === day && written.month === month && (written.year ?? year) === year
  if (!sameDay) {
    const shown = written.year
      ? `${written.day}/${written.month}/${written.year}`
      : `${written.day}/${written.month}`
    return [
      finding(
        'lead-date',
        place,
        {
          vi: `Đoạn mở đầu ghi ngày ${shown}, còn ngày họp là ${written.year ? numericDate(iso) : shortDate(iso)}.`,
          en: `The lead gives the date ${shown}, but the meeting date is ${numericDate(iso)}.`,
        },
        excerpt,
      ),
    ]
  }
  const actual = weekdayOf(day, month, year)
  if (written.weekday === null || actual === null || written.weekday === actual) return []
  return [
    finding(
      'lead-weekday',
      place,
      {
        vi: `Đoạn mở đầu ghi ${WEEKDAYS[written.weekday]}, nhưng ${shortDate(iso)}/${year} là ${weekdayName(iso)}.`,
        en: `The lead names the wrong weekday: ${numericDate(iso)} is a ${
          ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual]
        }.`,
      },
      excerpt,
    ),
  ]
}
