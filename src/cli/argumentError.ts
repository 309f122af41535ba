import { describeError } from '@shared/text/describeError'

/** The option or argument Node's `parseArgs` quotes in its message, e.g. `'--docx <value>'`. */
function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? ''
}

/**
 * `parseArgs` refuses a command line in English; the officer reads why in Vietnamese. Its error
 * codes are stable (Node's documented ERR_PARSE_ARGS_*), its wording is not, so the codes decide.
 */
export function argumentError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : ''
  const what = quoted(message)
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Tùy chọn không có: "${what}".`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `Thiếu giá trị sau ${what.replace(/ <value>$/, '')}.`
        : `Tùy chọn ${what.replace(/ <value>$/, '')} không nhận giá trị.`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Lệnh này không nhận tham số "${what}".`
    default:
      return describeError(error)
  }
}
