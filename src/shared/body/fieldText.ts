import type { BridgePoint, ReportFields, TimeOfDay } from '../model/fields'
import { FIELD_NODE } from '../nodes/fieldNode'
import { formatPerson } from '../model/person'
import type { FieldName } from '../fields/fieldNames'
import { stripInvisibleControls } from '../text/stripInvisibleControls'
import { formalDate, numericDate, shortDate, weekdayName } from '../text/vietnameseDate'
import { viUpper } from '../text/vietnameseNumber'

const TIME_OF_DAY_WORD: Record<TimeOfDay, string> = {
  '': 'Ngày',
  sang: 'Sáng',
  trua: 'Trưa',
  chieu: 'Chiều',
  toi: 'Tối',
}

export function bylineText(fields: ReportFields): string {
  const { prefix, author, unit } = fields.byline
  const who = [prefix.trim(), author.trim()].filter(Boolean).join(' ')
  const u = unit.trim()
  if (!who) return u ? `(${u})` : ''
  return u ? `${who} (${u})` : who
}

/** The photographer's name as typed, without an "Ảnh:" the officer may have typed before it. */
function creditName(fields: ReportFields): string {
  return stripInvisibleControls(fields.photoCredit)
    .replace(/^\s*ảnh\s*:\s*/iu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * What follows every photo caption: " (Ảnh: …)" when the unit credits photos there, else nothing.
 * Every caption alike, as the editor shows it, so what the officer sees is what prints.
 */
export function captionCredit(fields: ReportFields): string {
  const name = creditName(fields)
  return name && fields.photoCreditPlacement === 'caption' ? ` (Ảnh: ${name})` : ''
}

/** The byline, with the photo credit on a line of its own under it when the unit credits photos there. */
function bylineWithCredit(fields: ReportFields): string {
  const byline = bylineText(fields)
  const name = creditName(fields)
  if (!name || fields.photoCreditPlacement !== 'byline') return byline
  return byline ? `${byline}\nẢnh: ${name}` : `Ảnh: ${name}`
}

/** The text a `field` node shows, in the editor and in every export. */
export function fieldText(fields: ReportFields, name: FieldName): string {
  switch (name) {
    case 'themeHeader':
      return fields.themeHeader.text
    case 'title':
      return fields.title
    case 'titleUpper':
      return viUpper(fields.title)
    case 'dateLead': {
      const d = shortDate(fields.meetingDate)
      return d ? `${TIME_OF_DAY_WORD[fields.timeOfDay]} ${d}` : TIME_OF_DAY_WORD[fields.timeOfDay]
    }
    case 'meetingDate':
      return shortDate(fields.meetingDate)
    case 'meetingDateFull':
      return formalDate(fields.meetingDate)
    case 'meetingDateNumeric':
      return numericDate(fields.meetingDate)
    case 'meetingWeekday':
      return weekdayName(fields.meetingDate)
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
      return bylineWithCredit(fields)
  }
}

// "đồng chí" mid-sentence is a common noun; only a sentence's first word is capitalised.
export const DEFAULT_BRIDGE_POINT_PATTERN = 'Tại điểm cầu {place}, đồng chí {chair} chủ trì cuộc họp.'
export const DEFAULT_BRIDGE_POINT_PATTERN_NO_CHAIR = 'Tại điểm cầu {place}.'

/** A sentence's closing mark, if it has one. */
const SENTENCE_END = /[.!?…]$/u

/**
 * Where a bridge point's note goes when the pattern does not place it with `{note}`: a note starting
 * with a small letter ("cùng 11 điểm cầu cấp xã") is a clause and joins the sentence before its full
 * stop; one starting with a capital or a digit ("Có 12 điểm cầu…") is a sentence of its own after it.
 */
function withNote(sentence: string, note: string): string {
  if (/^\p{Ll}/u.test(note) || /^[,;]/.test(note)) {
    const end = SENTENCE_END.exec(sentence)?.[0] ?? '.'
    const head = SENTENCE_END.test(sentence) ? sentence.slice(0, -1) : sentence
    const clause = note.replace(/[.;,]+$/u, '')
    return /^[,;]/.test(clause) ? `${head}${clause}${end}` : `${head}, ${clause}${end}`
  }
  return `${sentence} ${SENTENCE_END.test(note) ? note : `${note}.`}`
}

/**
 * One bridge point's sentence, from the pattern the template placed in the body. The note is printed:
 * where the pattern puts `{note}`, else as `withNote` places it.
 */
export function bridgePointSentence(
  point: BridgePoint,
  pattern: string = DEFAULT_BRIDGE_POINT_PATTERN,
  patternNoChair: string = DEFAULT_BRIDGE_POINT_PATTERN_NO_CHAIR,
): string {
  const chair = point.chair ? formatPerson(point.chair) : ''
  // Invisible controls first: \s counts a BOM as a space, which would split the word it sits in.
  const note = stripInvisibleControls(point.note).replace(/\s+/g, ' ').trim()
  const chosen = chair ? pattern : patternNoChair
  let sentence = chosen
    .replaceAll('{place}', point.place.trim())
    .replaceAll('{chair}', chair)
    .replaceAll('{note}', note)
  sentence = stripInvisibleControls(sentence).replace(/\s+/g, ' ').trim()
  return note && !chosen.includes('{note}') ? withNote(sentence, note) : sentence
}

/**
 * The credit printed after one photo's caption, as every output appends it: none when the officer
 * already put the photographer's field in that caption by hand, so the name never prints twice, and
 * without its leading space under a photo with no caption text.
 */
export function figureCaptionCredit(
  caption: readonly { type: string; attrs?: Record<string, unknown> }[] | undefined,
  captionText: string,
  credit: string,
): string {
  const placed = caption?.some((n) => n.type === FIELD_NODE.name && n.attrs?.name === 'photoCredit')
  if (placed || !credit) return ''
  return captionText.trim() ? credit : credit.trimStart()
}
