import { z } from './zodLocale'
import { deepNfc } from '../text/normalize'
import { MIGRATIONS, migrateDraft, type Migration } from './migrations'
import { REPORT_FORMAT, REPORT_VERSION, reportSchema, type Report } from './report'

/** Largest draft accepted (embedded photos included). */
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

export type ParseResult =
  | { ok: true; report: Report; migratedFrom: number | null }
  | { ok: false; code: ReportErrorCode; message: string }

const fail = (code: ReportErrorCode, message: string): ParseResult => ({ ok: false, code, message })

/** Reads a draft from raw bytes: checks size and encoding first, then the JSON itself. */
export function parseReportBytes(
  bytes: Uint8Array,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ParseResult {
  if (bytes.byteLength === 0) return fail('empty', 'Tệp trống, không có nội dung báo cáo.')
  if (bytes.byteLength > MAX_DRAFT_BYTES) {
    const mb = Math.round(bytes.byteLength / 1024 / 1024)
    return fail(
      'too-large',
      `Tệp quá lớn (${mb} MB, tối đa ${MAX_DRAFT_BYTES / 1024 / 1024} MB): đây không phải bản thảo Soạn Tin hợp lệ.`,
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail(
      'not-utf8',
      'Tệp không phải văn bản UTF-8 (có thể là tệp nhị phân hoặc mã TCVN3/VNI): không mở được.',
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
      return fail('truncated', 'Tệp bị cắt cụt (thiếu phần cuối): có thể lần lưu trước bị gián đoạn.')
    }
    const detail = error instanceof Error ? error.message : String(error)
    return fail('not-json', `Tệp không đúng định dạng JSON của Soạn Tin (${detail}).`)
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('wrong-kind', 'Đây không phải tệp bản thảo Soạn Tin (.soantin).')
  }
  const draft = raw as Record<string, unknown>
  if (draft.format !== REPORT_FORMAT) {
    return fail(
      'wrong-kind',
      'Đây không phải tệp bản thảo Soạn Tin (.soantin): thiếu dấu hiệu "soantin-report".',
    )
  }
  const version = draft.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('bad-version', 'Phiên bản định dạng của tệp không hợp lệ.')
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
      return fail('bad-version', error instanceof Error ? error.message : String(error))
    }
  }
  const parsed = reportSchema.safeParse(deepNfc(current))
  if (!parsed.success) return fail('invalid', describeIssue(parsed.error))
  return { ok: true, report: parsed.data, migratedFrom: version < REPORT_VERSION ? version : null }
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

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'tệp'
  return `Nội dung tệp không hợp lệ ở trường "${where}": ${issue?.message ?? 'sai kiểu dữ liệu'}.`
}

/** Serialises a report as the draft file's UTF-8 JSON text (NFC, stable key order from the model). */
export function serializeReport(report: Report): string {
  return JSON.stringify(deepNfc(report), null, 1) + '\n'
}
