import { formatCsv, unescapeCsvCell } from '../text/csv/formatCsv'
import { parseCsv } from '../text/csv/parseCsv'
import type { Said } from '../text/said'
import {
  foldVietnamese,
  MAX_PEOPLE_TEXT,
  MAX_TITLES,
  PERIOD_BOUND,
  personKey,
  type DirectoryEntry,
  type PersonRecord,
} from './people'

/** Bigger than any real directory (a few hundred people is about 50 KB); reading stays quick. */
export const MAX_PEOPLE_CSV_BYTES = 2 * 1024 * 1024
const MAX_PEOPLE_CSV_ROWS = 20_000
/** Problems listed at most; the rest are counted. */
const MAX_PROBLEMS = 8

const COLUMNS = ['name', 'title', 'from', 'to', 'unit'] as const
type Column = (typeof COLUMNS)[number]

const HEADER: Record<Column, string> = {
  name: 'Họ và tên',
  title: 'Chức vụ',
  from: 'Từ',
  to: 'Đến',
  unit: 'Đơn vị',
}

/** Header spellings read, compared without tones or case: the app's own, English and usual variants. */
const HEADER_NAMES: Record<Column, string[]> = {
  name: ['ho va ten', 'ho ten', 'ten', 'name', 'full name'],
  title: ['chuc vu', 'chuc danh', 'title', 'titles'],
  from: ['tu', 'tu nam', 'tu ngay', 'bat dau', 'from'],
  to: ['den', 'den nam', 'den ngay', 'ket thuc', 'to', 'until'],
  unit: ['don vi', 'co quan', 'unit'],
}

/**
 * The directory as CSV: one row per title (a person without titles has one row), with when it is
 * held and the person's unit. UTF-8 with a BOM and CRLF, so Excel opens it with the Vietnamese intact.
 */
export function peopleToCsv(people: readonly PersonRecord[]): string {
  const rows: string[][] = [COLUMNS.map((c) => HEADER[c])]
  for (const person of people) {
    const titles = person.titles.length > 0 ? person.titles : ['']
    for (const title of titles) {
      const period = person.periods.find((p) => p.title === title)
      rows.push([person.name, title, period?.from ?? '', period?.to ?? '', person.unit])
    }
  }
  return formatCsv(rows)
}

/**
 * A period bound as typed in a sheet: "2020", "2020-05", "2020-05-01", or the day-first forms Excel
 * writes for Vietnamese dates ("05/2020", "1/5/2020"); null when it is none of these.
 */
function readBound(cell: string): string | null {
  const text = cell.trim()
  if (PERIOD_BOUND.test(text)) return text
  const dayFirst = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(text)
  if (!dayFirst) return null
  const [, day, month, year] = dayFirst
  const iso = day
    ? `${year}-${month!.padStart(2, '0')}-${day.padStart(2, '0')}`
    : `${year}-${month!.padStart(2, '0')}`
  return PERIOD_BOUND.test(iso) ? iso : null
}

/** Said of a file over `MAX_PEOPLE_CSV_BYTES`. */
export function csvTooLarge(size: number): Said {
  const kb = Math.ceil(size / 1024)
  const mb = MAX_PEOPLE_CSV_BYTES / 1024 / 1024
  return {
    vi: `Tệp CSV quá lớn (${kb} KB); danh bạ nhận tệp đến ${mb} MB.`,
    en: `The CSV file is too large (${kb} KB); the directory takes files up to ${mb} MB.`,
  }
}

/** A row's cells by column, trimmed to one space between words; '' for a column the file lacks. */
function cellsOf(cells: readonly string[], columnOf: ReadonlyMap<Column, number>): Record<Column, string> {
  const values = { name: '', title: '', from: '', to: '', unit: '' }
  for (const column of COLUMNS) {
    const index = columnOf.get(column)
    const cell = index === undefined ? undefined : cells[index]
    if (cell) values[column] = unescapeCsvCell(cell).trim().replace(/\s+/g, ' ')
  }
  return values
}

type ReadPeople = { ok: true; people: DirectoryEntry[] } | { ok: false; problems: Said[] }

const refuse = (said: Said): ReadPeople => ({ ok: false, problems: [said] })

/**
 * People from a CSV file the officer chose: `peopleToCsv`'s own, or a sheet saved from Excel or
 * LibreOffice with a header row naming at least the name column. Rows of one name are one person.
 * Any bad row refuses the whole file, with the lines to fix, so nothing is half imported.
 */
export function peopleFromCsv(bytes: Uint8Array): ReadPeople {
  if (bytes.byteLength > MAX_PEOPLE_CSV_BYTES) return refuse(csvTooLarge(bytes.byteLength))
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse({
      vi: 'Tệp không phải văn bản UTF-8. Trong Excel, hãy lưu bằng “CSV UTF-8 (Comma delimited)”.',
      en: 'The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”.',
    })
  }
  const parsed = parseCsv(text.normalize('NFC'))
  if (!parsed.ok) return refuse(parsed.said)
  const records = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''))
  const header = records[0]
  if (!header) return refuse({ vi: 'Tệp CSV không có dòng nào.', en: 'The CSV file has no rows.' })
  if (records.length > MAX_PEOPLE_CSV_ROWS + 1) {
    return refuse({
      vi: `Tệp CSV có ${records.length - 1} dòng; danh bạ nhận đến ${MAX_PEOPLE_CSV_ROWS} dòng.`,
      en: `The CSV file has ${records.length - 1} rows; the directory takes up to ${MAX_PEOPLE_CSV_ROWS}.`,
    })
  }
  const columnOf = new Map<Column, number>()
  header.cells.forEach((cell, index) => {
    const folded = foldVietnamese(cell.trim().replace(/\s+/g, ' '))
    const column = COLUMNS.find((c) => HEADER_NAMES[c].includes(folded))
    if (column && !columnOf.has(column)) columnOf.set(column, index)
  })
  if (!columnOf.has('name')) {
    return refuse({
      vi: `Dòng ${header.line}: không thấy cột “${HEADER.name}”. Dòng đầu của tệp phải là tên các cột: ${COLUMNS.map((c) => HEADER[c]).join(', ')}.`,
      en: `Line ${header.line}: no “${HEADER.name}” (name) column. The first row must name the columns: ${COLUMNS.map((c) => HEADER[c]).join(', ')}.`,
    })
  }

  const problems: Said[] = []
  let problemCount = 0
  const problem = (said: Said) => {
    problemCount++
    if (problems.length < MAX_PROBLEMS) problems.push(said)
  }
  const byKey = new Map<string, { entry: DirectoryEntry; titleLines: Map<string, number> }>()
  for (const record of records.slice(1)) {
    const { line } = record
    const extra = record.cells.slice(header.cells.length).filter((c) => c.trim() !== '')
    if (extra.length > 0) {
      problem({
        vi: `Dòng ${line}: có ${record.cells.length} ô, nhiều hơn ${header.cells.length} cột của dòng tiêu đề (thường do dấu phẩy trong ô không đặt trong ngoặc kép).`,
        en: `Line ${line}: ${record.cells.length} cells, more than the ${header.cells.length} columns of the header (often a comma in a cell that is not in double quotes).`,
      })
      continue
    }
    const values = cellsOf(record.cells, columnOf)
    const tooLong = COLUMNS.find((c) => values[c].length > MAX_PEOPLE_TEXT)
    if (tooLong) {
      problem({
        vi: `Dòng ${line}: ô “${HEADER[tooLong]}” dài quá ${MAX_PEOPLE_TEXT} ký tự.`,
        en: `Line ${line}: the “${HEADER[tooLong]}” cell is longer than ${MAX_PEOPLE_TEXT} characters.`,
      })
      continue
    }
    if (!values.name) {
      problem({
        vi: `Dòng ${line}: thiếu họ và tên.`,
        en: `Line ${line}: the name is missing.`,
      })
      continue
    }
    const from = readBound(values.from)
    const to = readBound(values.to)
    const badBound = from === null ? 'from' : to === null ? 'to' : null
    if (badBound) {
      problem({
        vi: `Dòng ${line}: “${values[badBound]}” ở cột “${HEADER[badBound]}” không phải năm, tháng hay ngày (ví dụ 2020, 05/2020, 01/05/2020).`,
        en: `Line ${line}: “${values[badBound]}” in the “${HEADER[badBound]}” column is not a year, month or date (for example 2020, 05/2020, 01/05/2020).`,
      })
      continue
    }
    if ((from || to) && !values.title) {
      problem({
        vi: `Dòng ${line}: có thời gian nhưng không có chức vụ.`,
        en: `Line ${line}: a period is given without a title.`,
      })
      continue
    }
    if (from && to && from.slice(0, to.length) > to.slice(0, from.length)) {
      problem({
        vi: `Dòng ${line}: thời gian bắt đầu (${from}) sau thời gian kết thúc (${to}).`,
        en: `Line ${line}: the period starts (${from}) after it ends (${to}).`,
      })
      continue
    }
    const key = personKey(values.name)
    const person = byKey.get(key) ?? {
      entry: { name: values.name, titles: [], separator: 'comma', unit: '', periods: [] },
      titleLines: new Map<string, number>(),
    }
    byKey.set(key, person)
    if (!person.entry.unit) person.entry.unit = values.unit
    if (!values.title) continue
    const earlier = person.titleLines.get(values.title)
    if (earlier !== undefined) {
      problem({
        vi: `Dòng ${line}: chức vụ “${values.title}” của “${values.name}” đã có ở dòng ${earlier}.`,
        en: `Line ${line}: the title “${values.title}” of “${values.name}” is already on line ${earlier}.`,
      })
      continue
    }
    if (person.entry.titles.length >= MAX_TITLES) {
      problem({
        vi: `Dòng ${line}: “${values.name}” có quá ${MAX_TITLES} chức vụ.`,
        en: `Line ${line}: “${values.name}” has more than ${MAX_TITLES} titles.`,
      })
      continue
    }
    person.titleLines.set(values.title, line)
    person.entry.titles.push(values.title)
    if (from || to) person.entry.periods.push({ title: values.title, from: from ?? '', to: to ?? '' })
  }
  if (problemCount > problems.length) {
    const more = problemCount - problems.length
    problems.push({ vi: `… và ${more} lỗi khác.`, en: `… and ${more} more.` })
  }
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, people: [...byKey.values()].map((p) => p.entry) }
}
