import { viNumber } from './viNumber'

/** "lỗi cú pháp ở dòng 3, cột 14" from the parser's position, in the officer's language; V8's own words are English. */
export function jsonSyntaxPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : ''
  const match = /position (\d+)/.exec(message)
  if (!match) return 'lỗi cú pháp'
  const position = Number(match[1])
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `lỗi cú pháp ở dòng ${viNumber(line)}, cột ${viNumber(column)}`
}

/** Why a settings or template file's text is not JSON, for the message naming the file. */
export function jsonSyntaxProblem(text: string, error: unknown): string {
  return `không phải JSON hợp lệ (${jsonSyntaxPlace(text, error)})`
}
