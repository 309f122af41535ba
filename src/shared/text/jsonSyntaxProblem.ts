import { enNumber, type Said } from './said'
import { viNumber } from './viNumber'

/** Where the parser stopped, as line and column, or null when V8 did not say. */
function syntaxPosition(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : ''
  const match = /position (\d+)/.exec(message)
  if (!match) return null
  const position = Number(match[1])
  const before = text.slice(0, position)
  return { line: before.split('\n').length, column: position - before.lastIndexOf('\n') }
}

/** "lỗi cú pháp ở dòng 3, cột 14" from the parser's position, in the officer's language; V8's own words are English. */
function jsonSyntaxPlace(text: string, error: unknown): string {
  const at = syntaxPosition(text, error)
  return at ? `lỗi cú pháp ở dòng ${viNumber(at.line)}, cột ${viNumber(at.column)}` : 'lỗi cú pháp'
}

/** `jsonSyntaxPlace` in both languages ("syntax error at line 3, column 14"). */
export function jsonSyntaxPlaceSaid(text: string, error: unknown): Said {
  const at = syntaxPosition(text, error)
  return {
    vi: jsonSyntaxPlace(text, error),
    en: at ? `syntax error at line ${enNumber(at.line)}, column ${enNumber(at.column)}` : 'syntax error',
  }
}

/** Why a settings or template file's text is not JSON, for the message naming the file. */
export function jsonSyntaxProblem(text: string, error: unknown): Said {
  const place = jsonSyntaxPlaceSaid(text, error)
  return { vi: `không phải JSON hợp lệ (${place.vi})`, en: `not valid JSON (${place.en})` }
}
