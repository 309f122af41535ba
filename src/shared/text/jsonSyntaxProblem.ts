import { enNumber, type Said } from './said'
import { viNumber } from './vietnameseNumber'

/** Where the parser stopped, as line and column, or null when V8 did not say. */
function syntaxPosition(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : ''
  const match = /position (\d+)/.exec(message)
  if (!match) return null
  const position = Number(match[1])
  const before = text.slice(0, position)
  return { line: before.split('\n').length, column: position - before.lastIndexOf('\n') }
}

/**
 * Where the JSON stopped parsing, in both languages ("lỗi cú pháp ở dòng 3, cột 14", "syntax error at
 * line 3, column 14"), from the parser's position; V8's own words are English.
 */
export function jsonSyntaxPlace(text: string, error: unknown): Said {
  const at = syntaxPosition(text, error)
  if (!at) return { vi: 'lỗi cú pháp', en: 'syntax error' }
  return {
    vi: `lỗi cú pháp ở dòng ${viNumber(at.line)}, cột ${viNumber(at.column)}`,
    en: `syntax error at line ${enNumber(at.line)}, column ${enNumber(at.column)}`,
  }
}

/** Why a settings or template file's text is not JSON, for the message naming the file. */
export function jsonSyntaxProblem(text: string, error: unknown): Said {
  const place = jsonSyntaxPlace(text, error)
  return { vi: `không phải JSON hợp lệ (${place.vi})`, en: `not valid JSON (${place.en})` }
}
