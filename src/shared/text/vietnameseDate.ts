/**
 * Dates as Vietnamese text writes them: "19/9" (the press's short date, no leading zeros),
 * "19/9/2022", "ngày 19 tháng 9 năm 2022", and the weekday "thứ Hai" … "Chủ nhật".
 */
interface DateParts {
  day: number
  month: number
  year: number
}

function dateParts(iso: string | null): DateParts | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null
}

/** "19/9". */
export function shortDate(iso: string | null): string {
  const p = dateParts(iso)
  return p ? `${p.day}/${p.month}` : ''
}

/** "19/9/2022". */
export function numericDate(iso: string | null): string {
  const p = dateParts(iso)
  return p ? `${p.day}/${p.month}/${p.year}` : ''
}

/** "ngày 19 tháng 9 năm 2022", built by hand because Intl gives "19 tháng 9, 2022". */
export function formalDate(iso: string | null): string {
  const p = dateParts(iso)
  return p ? `ngày ${p.day} tháng ${p.month} năm ${p.year}` : ''
}

/** Sunday first, as `Date.getUTCDay` counts. "thứ" is lower case mid-sentence, the number capitalised. */
export const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const

/** The weekday index (0 = Sunday) of a calendar date, or null for a date that does not exist. */
export function weekdayOf(day: number, month: number, year: number): number | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return d.getUTCDay()
}

/** "thứ Hai" for 2022-09-19; '' without a date. */
export function weekdayName(iso: string | null): string {
  const p = dateParts(iso)
  const index = p ? weekdayOf(p.day, p.month, p.year) : null
  return index === null ? '' : WEEKDAYS[index]!
}

/** A date as a report's lead writes it: where it is, and what it says. */
interface WrittenDate {
  from: number
  to: number
  day: number
  month: number
  year: number | null
  /** 0 = Sunday … 6 = Saturday, when the text names the weekday. */
  weekday: number | null
}

const WEEKDAY_WORDS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 }
// "Sáng thứ Hai (19/9)", "Ngày 19/9", "Chiều 6/10/2026", "ngày 19 tháng 9 năm 2022", "Chủ nhật, 2/10".
const WRITTEN_DATE = new RegExp(
  String.raw`(?:(?:thứ\s+(hai|ba|tư|năm|sáu|bảy)|(chủ\s+nhật))[\s,(]*)?` +
    String.raw`(?:ngày\s+)?(?<![\p{L}\p{N}/.-])(?:(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)(?![\p{N}/])`,
  'iu',
)

/**
 * The first date written in `text`, with its weekday if one stands before it: "Sáng thứ Hai, 19/9"
 * → day 19, month 9, weekday 1. Null when the text names no date.
 */
export function firstWrittenDate(text: string): WrittenDate | null {
  const m = WRITTEN_DATE.exec(text)
  if (!m) return null
  const [, weekdayWord, sunday, d1, m1, y1, d2, m2, y2] = m
  const day = Number(d1 ?? d2)
  const month = Number(m1 ?? m2)
  if (day < 1 || day > 31 || month < 1 || month > 12) return null
  const year = y1 ?? y2
  const weekday = sunday
    ? 0
    : weekdayWord
      ? (WEEKDAY_WORDS[weekdayWord.toLocaleLowerCase('vi')] ?? null)
      : null
  return { from: m.index, to: m.index + m[0].length, day, month, year: year ? Number(year) : null, weekday }
}
