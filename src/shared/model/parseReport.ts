import { z } from './zodLocale'
import { jsonSyntaxPlace } from '../text/jsonSyntaxProblem'
import { deepNfc } from '../text/normalize'
import { describeError } from '../text/describeError'
import { cutInsideLetterAtEnd, invalidUtf8Offset } from './invalidUtf8Offset'
import { MIGRATIONS, migrateDraft, type Migration } from './migrations'
import { MAX_DRAFT_NESTING_DEPTH, nestsDeeperThan } from './nestingDepth'
import { otherFileKind } from './otherFileKind'
import { REPORT_FORMAT, REPORT_VERSION, reportSchema, type Report } from './report'
import { unusableBodyParts } from './body'
import { otherUnicodeEncoding } from './unicodeEncoding'
import { viNumber } from '../text/viNumber'

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
  | { ok: false; code: ReportErrorCode; message: string }

const TOO_DEEP = 'Nội dung tệp lồng nhau quá sâu: đây không phải bản thảo Soạn Tin hợp lệ.'

const RESAVE_AS_UTF8 = 'Hãy mở tệp bằng Notepad rồi lưu lại, chọn mã hóa UTF-8.'

const ENCODING_MESSAGES = {
  'UTF-16': `Tệp được lưu bằng mã UTF-16 (kiểu "Unicode" của Notepad), không phải UTF-8 như bản thảo Soạn Tin: không mở được. ${RESAVE_AS_UTF8}`,
  'UTF-32': `Tệp được lưu bằng mã UTF-32, không phải UTF-8 như bản thảo Soạn Tin: không mở được. ${RESAVE_AS_UTF8}`,
} as const

const fail = (code: ReportErrorCode, message: string): ParseResult => ({ ok: false, code, message })

/** The message for a file of `size` bytes over the limit; also used before reading a file from disk. */
export function tooLargeMessage(size: number): string {
  const mb = Math.round(size / 1024 / 1024)
  return `Tệp quá lớn (${viNumber(mb)} MB, tối đa ${MAX_DRAFT_BYTES / 1024 / 1024} MB): đây không phải bản thảo Soạn Tin hợp lệ.`
}

/** Reads a draft from raw bytes: checks size, kind and encoding first, then the JSON itself. */
export function parseReportBytes(
  bytes: Uint8Array,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ParseResult {
  if (bytes.byteLength === 0) return fail('empty', 'Tệp trống (0 byte), không có nội dung báo cáo.')
  if (bytes.byteLength > MAX_DRAFT_BYTES) return fail('too-large', tooLargeMessage(bytes.byteLength))
  const kind = otherFileKind(bytes)
  if (kind) return fail('wrong-kind', `Đây là ${kind}, không phải bản thảo Soạn Tin (.soantin).`)
  const encoding = otherUnicodeEncoding(bytes)
  if (encoding) return fail('not-utf8', ENCODING_MESSAGES[encoding])
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const at = invalidUtf8Offset(bytes)
    if (cutInsideLetterAtEnd(bytes, at)) {
      return fail(
        'truncated',
        `Tệp bị cắt cụt giữa một chữ ở cuối (byte thứ ${viNumber(at + 1)}): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.`,
      )
    }
    return fail(
      'not-utf8',
      `Tệp có byte không phải văn bản UTF-8 (từ byte thứ ${viNumber(at + 1)}); có thể là tệp nhị phân hoặc văn bản mã TCVN3/VNI: không mở được.`,
    )
  }
  return parseReportText(text, migrations)
}

/** Reads a draft from its JSON text, migrating older versions, and normalises every string to NFC. */
export function parseReportText(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (!trimmed) return fail('empty', 'Tệp trống, không có nội dung báo cáo.')
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch (error) {
    if (looksTruncated(trimmed)) {
      return fail(
        'truncated',
        'Tệp bị cắt cụt (thiếu phần cuối): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.',
      )
    }
    return fail(
      'not-json',
      `Tệp không đúng định dạng JSON của Soạn Tin (${jsonSyntaxPlace(trimmed, error)}).`,
    )
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('wrong-kind', 'Đây là dữ liệu JSON nhưng không phải bản thảo Soạn Tin (.soantin).')
  }
  // A draft that opened but nested deeper than IPC accepts could never be saved or exported.
  if (nestsDeeperThan(raw, MAX_DRAFT_NESTING_DEPTH)) return fail('invalid', TOO_DEEP)
  const draft = raw as Record<string, unknown>
  if (draft.format !== REPORT_FORMAT) {
    return fail(
      'wrong-kind',
      'Đây không phải tệp bản thảo Soạn Tin (.soantin): thiếu dấu hiệu "soantin-report".',
    )
  }
  const version = draft.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('bad-version', 'Số phiên bản định dạng của tệp bị thiếu hoặc không hợp lệ.')
  }
  if (version > REPORT_VERSION) {
    return fail(
      'newer-version',
      `Tệp được tạo bằng phiên bản Soạn Tin mới hơn (định dạng ${version}, ứng dụng này đọc đến ${REPORT_VERSION}). Hãy cập nhật Soạn Tin để mở tệp.`,
    )
  }
  let current = draft
  if (version < REPORT_VERSION) {
    try {
      current = migrateDraft(draft, version, migrations)
    } catch (error) {
      return fail(
        'bad-version',
        `Không chuyển đổi được tệp định dạng cũ (phiên bản ${version}): ${describeError(error)}`,
      )
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

/** The first problem, with the field's path; wrong types are told in plain words ("phải là văn bản, đang là số"). */
function describeIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0]
  const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'tệp'
  let what = issue?.message ?? 'sai kiểu dữ liệu'
  if (issue?.code === 'invalid_type') {
    const actual = valueAt(input, issue.path)
    what =
      actual === undefined
        ? `thiếu trường này (cần ${TYPE_NAMES[issue.expected] ?? issue.expected})`
        : `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}, nhưng đang là ${typeName(actual)}`
  }
  return `Nội dung tệp không hợp lệ ở trường "${where}": ${what}.`
}

/** Serialises a report as the draft file's UTF-8 JSON text (NFC, stable key order from the model). */
export function serializeReport(report: Report): string {
  return JSON.stringify(deepNfc(report), null, 1) + '\n'
}
