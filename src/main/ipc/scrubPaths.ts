/** A path as Node quotes it in error messages: POSIX, a Windows drive or a UNC share, in quotes. */
const QUOTED_PATH = /(['"])((?:\/|[A-Za-z]:[\\/]|\\\\)[^'"\n]*)\1/g
/** An unquoted absolute path after a space, a parenthesis or the start. */
const BARE_PATH = /(^|[\s(])((?:\/|[A-Za-z]:[\\/]|\\\\)[^\s'"()]+)/g

function lastSegment(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean)
  return parts[parts.length - 1] ?? ''
}

/**
 * Replaces each absolute path in a message by its file name, so a system error passed on in a
 * Vietnamese message ("ELOOP: …, stat '/home/…/a.soantin'") never gives the renderer a path.
 */
export function scrubPaths(message: string): string {
  return message
    .replace(QUOTED_PATH, (_m, quote: string, path: string) => `${quote}${lastSegment(path)}${quote}`)
    .replace(BARE_PATH, (_m, before: string, path: string) => `${before}${lastSegment(path)}`)
}

/**
 * The same response with its `message` scrubbed, and the message in both languages (`said`), when it
 * has them; anything else passes unchanged.
 */
export function scrubResponse(response: unknown): unknown {
  if (response === null || typeof response !== 'object' || Array.isArray(response)) return response
  if (!('message' in response) || typeof response.message !== 'string') return response
  const scrubbed: Record<string, unknown> = { ...response, message: scrubPaths(response.message) }
  const said = 'said' in response ? response.said : undefined
  if (said && typeof said === 'object' && 'vi' in said && 'en' in said) {
    scrubbed.said = { vi: scrubPaths(String(said.vi)), en: scrubPaths(String(said.en)) }
  }
  return scrubbed
}
