import type { BridgePoint, ReportFields, TimeOfDay } from '../model/fields'
import { formatPerson } from '../model/person'
import type { FieldName } from '../fields/fieldNames'
import { stripInvisibleControls } from '../text/stripInvisibleControls'

const TIME_OF_DAY_WORD: Record<TimeOfDay, string> = {
  '': 'Ngày',
  sang: 'Sáng',
  trua: 'Trưa',
  chieu: 'Chiều',
  toi: 'Tối',
}

function dateParts(iso: string | null): { day: number; month: number; year: number } | null {
  if (!iso) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return null
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
}

/** "19/9" — the press's short date, without leading zeros. */
export function shortDate(iso: string | null): string {
  const p = dateParts(iso)
  return p ? `${p.day}/${p.month}` : ''
}

/** "ngày 19 tháng 9 năm 2022", built by hand because Intl gives "19 tháng 9, 2022". */
export function formalDate(iso: string | null): string {
  const p = dateParts(iso)
  return p ? `ngày ${p.day} tháng ${p.month} năm ${p.year}` : ''
}

export function bylineText(fields: ReportFields): string {
  const { prefix, author, unit } = fields.byline
  const who = [prefix.trim(), author.trim()].filter(Boolean).join(' ')
  const u = unit.trim()
  if (!who) return u ? `(${u})` : ''
  return u ? `${who} (${u})` : who
}

/** The text a `field` node shows, in the editor and in every export. */
export function fieldText(fields: ReportFields, name: FieldName): string {
  switch (name) {
    case 'themeHeader':
      return fields.themeHeader.text
    case 'title':
      return fields.title
    case 'dateLead': {
      const d = shortDate(fields.meetingDate)
      return d ? `${TIME_OF_DAY_WORD[fields.timeOfDay]} ${d}` : TIME_OF_DAY_WORD[fields.timeOfDay]
    }
    case 'meetingDate':
      return shortDate(fields.meetingDate)
    case 'meetingDateFull':
      return formalDate(fields.meetingDate)
    case 'presidingBody':
      return fields.presidingBody
    case 'chair':
      return fields.chair ? formatPerson(fields.chair) : ''
    case 'chairName':
      return fields.chair?.name ?? ''
    case 'attendees':
      return fields.attendees
    case 'photoCredit':
      return fields.photoCredit
    case 'byline':
      return bylineText(fields)
  }
}

export const DEFAULT_BRIDGE_POINT_PATTERN = 'Tại điểm cầu {place}, Đồng chí {chair} chủ trì cuộc họp.'
export const DEFAULT_BRIDGE_POINT_PATTERN_NO_CHAIR = 'Tại điểm cầu {place}.'

/** One bridge point's sentence, from the pattern the template placed in the body. */
export function bridgePointSentence(
  point: BridgePoint,
  pattern: string = DEFAULT_BRIDGE_POINT_PATTERN,
  patternNoChair: string = DEFAULT_BRIDGE_POINT_PATTERN_NO_CHAIR,
): string {
  const chair = point.chair ? formatPerson(point.chair) : ''
  const note = point.note.trim()
  const chosen = chair ? pattern : patternNoChair
  let sentence = chosen
    .replaceAll('{place}', point.place.trim())
    .replaceAll('{chair}', chair)
    .replaceAll('{note}', note)
  if (note && !chosen.includes('{note}')) sentence = `${sentence} ${note}`
  // Invisible controls first: \s counts a BOM as a space, which would split the word it sits in.
  return stripInvisibleControls(sentence).replace(/\s+/g, ' ').trim()
}
