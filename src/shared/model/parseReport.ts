import { z } from './zodLocale'
import { zodIssueEnglish } from './zodIssueEnglish'
import { jsonSyntaxPlace } from '../text/jsonSyntaxProblem'
import { deepNfc } from '../text/normalize'
import { describeError, describeErrorEn } from '../text/describeError'
import { enNumber, type Said } from '../text/said'
import { cutInsideLetterAtEnd, invalidUtf8Offset } from './invalidUtf8Offset'
import { MIGRATIONS, migrateDraft, type Migration } from './migrations'
import { MAX_DRAFT_NESTING_DEPTH, nestsDeeperThan } from './nestingDepth'
import { otherFileKind } from './otherFileKind'
import { REPORT_FORMAT, REPORT_VERSION, reportSchema, type Report } from './report'
import { unusableBodyParts } from './body'
import { otherUnicodeEncoding } from './unicodeEncoding'
import { viNumber } from '../text/vietnameseNumber'

/** Largest draft accepted (embedded photos included); checked before a byte is read. */
export const MAX_DRAFT_BYTES = 200 * 1024 * 1024

export type ReportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-utf8'
  | 'not-json'
  | 'truncated'
  | 'wrong-kind'
  | 'newer-version'
  | 'bad-version'
  | 'invalid'

type ParseResult =
  | { ok: true; report: Report; migratedFrom: number | null; repaired: number }
  | { ok: false; code: ReportErrorCode; message: string; en: string }

const TOO_DEEP: Said = {
  vi: 'Nội dung tệp lồng nhau quá sâu: đây không phải bản thảo Soạn Tin hợp lệ.',
  en: "The file's content is nested too deeply: this is not a valid Soạn Tin draft.",
}

const RESAVE_AS_UTF8 = 'Hãy mở tệp bằng Notepad rồi lưu lại, chọn mã hóa UTF-8.'
const RESAVE_AS_UTF8_EN = 'Open the file in Notepad and save it again, choosing the UTF-8 encoding.'

const ENCODING_MESSAGES: Record<'UTF-16' | 'UTF-32', Said> = {
  'UTF-16': {
    vi: `Tệp được lưu bằng mã UTF-16 (kiểu "Unicode" của Notepad), không phải UTF-8 như bản thảo Soạn Tin: không mở được. ${RESAVE_AS_UTF8}`,
    en: `The file is saved in UTF-16 (Notepad's "Unicode"), not UTF-8 as Soạn Tin drafts are: it cannot be opened. ${RESAVE_AS_UTF8_EN}`,
  },
  'UTF-32': {
    vi: `Tệp được lưu bằng mã UTF-32, không phải UTF-8 như bản thảo Soạn Tin: không mở được. ${RESAVE_AS_UTF8}`,
    en: `The file is saved in UTF-32, not UTF-8 as Soạn Tin drafts are: it cannot be opened. ${RESAVE_AS_UTF8_EN}`,
  },
}

const fail = (code: ReportErrorCode, said: Said): ParseResult => ({
  ok: false,
  code,
  message: said.vi,
  en: said.en,
})

/** The message for a file of `size` bytes over the limit; also used before reading a file from disk. */
export function tooLargeMessage(size: number): Said {
  const mb = Math.round(size / 1024 / 1024)
  const max = MAX_DRAFT_BYTES / 1024 / 1024
  return {
    vi: `Tệp quá lớn (${viNumber(mb)} MB, tối đa ${max} MB): đây không phải bản thảo Soạn Tin hợp lệ.`,
    en: `The file is too large (${enNumber(mb)} MB, at most ${max} MB): this is not a valid Soạn Tin draft.`,
  }
}

/** Reads a draft from raw bytes: checks size, kind and encoding first, then the JSON itself. */
export function parseReportBytes(
  bytes: Uint8Array,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ParseResult {
  if (bytes.byteLength === 0)
    return fail('empty', {
      vi: 'Tệp trống (0 byte), không có nội dung báo cáo.',
      en: 'The file is empty (0 bytes): it holds no report.',
    })
  if (bytes.byteLength > MAX_DRAFT_BYTES) return fail('too-large', tooLargeMessage(bytes.byteLength))
  const kind = otherFileKind(bytes)
  if (kind)
    return fail('wrong-kind', {
      vi: `Đây là ${kind.vi}, không phải bản thảo Soạn Tin (.soantin).`,
      en: `This is ${kind.en}, not a Soạn Tin draft (.soantin).`,
    })
  const encoding = otherUnicodeEncoding(bytes)
  if (encoding) return fail('not-utf8', ENCODING_MESSAGES[encoding])
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const at = invalidUtf8Offset(bytes)
    if (cutInsideLetterAtEnd(bytes, at)) {
      return fail('truncated', {
        vi: `Tệp bị cắt cụt giữa một chữ ở cuối (byte thứ ${viNumber(at + 1)}): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.`,
        en: `The file is cut off inside a letter at its end (byte ${enNumber(at + 1)}): perhaps the last save was interrupted or the copy did not finish.`,
      })
    }
    return fail('not-utf8', {
      vi: `Tệp có byte không phải văn bản UTF-8 (từ byte thứ ${viNumber(at + 1)}); có thể là tệp nhị phân hoặc văn bản mã TCVN3/VNI: không mở được.`,
      en: `The file has bytes that are not UTF-8 text (from byte ${enNumber(at + 1)}); it may be a binary file or text in the TCVN3/VNI encodings: it cannot be opened.`,
    })
  }
  return parseReportText(text, migrations)
}

/** Reads a draft from its JSON text, migrating older versions, and normalises every string to NFC. */
export function parseReportText(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (!trimmed)
    return fail('empty', {
      vi: 'Tệp trống, không có nội dung báo cáo.',
      en: 'The file is empty: it holds no report.',
    })
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch (error) {
    if (looksTruncated(trimmed)) {
      return fail('truncated', {
        vi: 'Tệp bị cắt cụt (thiếu phần cuối): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.',
        en: 'The file is cut off (its end is missing): perhaps the last save was interrupted or the copy did not finish.',
      })
    }
    const place = jsonSyntaxPlace(trimmed, error)
    return fail('not-json', {
      vi: `Tệp không đúng định dạng JSON của Soạn Tin (${place.vi}).`,
      en: `The file is not in Soạn Tin's JSON format (${place.en}).`,
    })
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('wrong-kind', {
      vi: 'Đây là dữ liệu JSON nhưng không phải bản thảo Soạn Tin (.soantin).',
      en: 'This is JSON data, but not a Soạn Tin draft (.soantin).',
    })
  }
  // A draft that opened but nested deeper than IPC accepts could never be saved or exported.
  if (nestsDeeperThan(raw, MAX_DRAFT_NESTING_DEPTH)) return fail('invalid', TOO_DEEP)
  const draft = raw as Record<string, unknown>
  if (draft.format !== REPORT_FORMAT) {
    return fail('wrong-kind', {
      vi: 'Đây không phải tệp bản thảo Soạn Tin (.soantin): thiếu dấu hiệu "soantin-report".',
      en: 'This is not a Soạn Tin draft (.soantin): the "soantin-report" mark is missing.',
    })
  }
  const version = draft.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('bad-version', {
      vi: 'Số phiên bản định dạng của tệp bị thiếu hoặc không hợp lệ.',
      en: "The file's format version number is missing or invalid.",
    })
  }
  if (version > REPORT_VERSION) {
    return fail('newer-version', {
      vi: `Tệp được tạo bằng phiên bản Soạn Tin mới hơn (định dạng ${version}, ứng dụng này đọc đến ${REPORT_VERSION}). Hãy cập nhật Soạn Tin để mở tệp.`,
      en: `The file was made by a newer Soạn Tin (format ${version}; this app reads up to ${REPORT_VERSION}). Update Soạn Tin to open it.`,
    })
  }
  let current = draft
  if (version < REPORT_VERSION) {
    try {
      current = migrateDraft(draft, version, migrations)
    } catch (error) {
      return fail('bad-version', {
        vi: `Không chuyển đổi được tệp định dạng cũ (phiên bản ${version}): ${describeError(error)}`,
        en: `Could not convert the file from its old format (version ${version}): ${describeErrorEn(error)}`,
      })
    }
  }
  let parsed: ReturnType<typeof reportSchema.safeParse>
  try {
    parsed = reportSchema.safeParse(deepNfc(current))
  } catch {
    // A stack overflow on absurdly deep nesting: refuse the file rather than crash the caller.
    return fail('invalid', TOO_DEEP)
  }
  if (!parsed.success) return fail('invalid', describeIssue(parsed.error, current))
  return {
    ok: true,
    report: parsed.data,
    migratedFrom: version < REPORT_VERSION ? version : null,
    repaired: unusableBodyParts(current.body),
  }
}

function looksTruncated(text: string): boolean {
  if (!text.startsWith('{')) return false
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
  }
  return depth > 0 || inString
}

const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  array: 'danh sách',
  object: 'nhóm trường',
  null: 'rỗng (null)',
  undefined: 'không có',
}

function typeName(value: unknown): string {
  if (value === null) return TYPE_NAMES.null!
  if (Array.isArray(value)) return TYPE_NAMES.array!
  return TYPE_NAMES[typeof value] ?? typeof value
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

const TYPE_NAMES_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true/false',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
  undefined: 'nothing',
}

function typeNameEn(value: unknown): string {
  if (value === null) return TYPE_NAMES_EN.null!
  if (Array.isArray(value)) return TYPE_NAMES_EN.array!
  return TYPE_NAMES_EN[typeof value] ?? typeof value
}

/** The first problem, with the field's path; wrong types are told in plain words ("phải là văn bản, đang là số"). */
function describeIssue(error: z.ZodError, input: unknown): Said {
  const issue = error.issues[0]
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : null
  let what = issue?.message ?? 'sai kiểu dữ liệu'
  let whatEn = issue ? zodIssueEnglish(issue) : 'wrong kind of data'
  if (issue?.code === 'invalid_type') {
    const actual = valueAt(input, issue.path)
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected
    const expectedEn = TYPE_NAMES_EN[issue.expected] ?? issue.expected
    what =
      actual === undefined
        ? `thiếu trường này (cần ${expected})`
        : `phải là ${expected}, nhưng đang là ${typeName(actual)}`
    whatEn =
      actual === undefined
        ? `this field is missing (${expectedEn} is needed)`
        : `must be ${expectedEn}, but is ${typeNameEn(actual)}`
  }
  return {
    vi: `Nội dung tệp không hợp lệ ở trường "${path ?? 'tệp'}": ${what}.`,
    en: `The file's content is invalid in the field "${path ?? 'file'}": ${whatEn}.`,
  }
}

/** Serialises a report as the draft file's UTF-8 JSON text (NFC, stable key order from the model). */
export function serializeReport(report: Report): string {
  return JSON.stringify(deepNfc(report), null, 1) + '\n'
}
