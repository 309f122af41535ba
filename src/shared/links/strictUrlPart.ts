/**
 * The URL parser leaves characters in paths that RFC 3986 (and the W3C checker) reject, and quotes a
 * CMS might re-quote attributes with: percent-encode everything but the RFC's own characters.
 */
export function strictUrlPart(part: string): string {
  return part
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(
      /[^A-Za-z0-9\-._~!$&()*+,;=:@/?%]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    )
}
