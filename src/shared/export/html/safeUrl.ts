import { IMAGE_MIME_TYPES } from '../../model/assets'

// Browsers remove tabs and newlines anywhere in a URL and ignore leading and trailing controls and
// spaces, so "java\tscript:" is "javascript:" to them: judge the URL as they will read it.
const URL_REMOVED = /[\t\n\r]/g
// eslint-disable-next-line no-control-regex
const URL_TRIMMED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * A link target safe to publish, normalised by the URL parser, or null. Only absolute http, https and
 * mailto URLs pass: never javascript:, vbscript:, data:, file: or a relative link pointing nowhere.
 */
export function safeLinkHref(raw: string): string | null {
  const candidate = raw.replace(URL_REMOVED, '').replace(URL_TRIMMED, '')
  if (!/^(https?:\/\/|mailto:)/i.test(candidate)) return null
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return null
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null
  if (url.protocol !== 'mailto:' && (!url.hostname || url.username || url.password)) return null
  const prefix = url.protocol === 'mailto:' ? 'mailto:' : url.origin
  const [beforeHash = '', ...fragment] = url.href.slice(prefix.length).split('#')
  return prefix + strictUrlPart(beforeHash) + (fragment.length ? `#${strictUrlPart(fragment.join('#'))}` : '')
}

/**
 * The URL parser leaves characters in paths that RFC 3986 (and the W3C checker) reject, and quotes a
 * CMS might re-quote attributes with: percent-encode everything but the RFC's own characters.
 */
function strictUrlPart(part: string): string {
  return part
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(
      /[^A-Za-z0-9\-._~!$&()*+,;=:@/?%]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    )
}

const DATA_IMAGE_HEADER = new RegExp(`^data:(?:${IMAGE_MIME_TYPES.join('|')});base64,`)
// A relative path of unreserved or percent-encoded characters: no scheme (no colon), no query.
const RELATIVE_PATH = /^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+(?:\/(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+)*$/

/**
 * True for the only image sources an export may hold: a base64 data URI of a raster image type the
 * model allows (never SVG or HTML), or a relative path to a file written beside the page.
 */
export function isSafeImageSrc(src: string): boolean {
  const header = DATA_IMAGE_HEADER.exec(src)
  return header ? isBase64(src.slice(header[0].length)) : RELATIVE_PATH.test(src)
}

/**
 * Plain base64 (no whitespace, padding only at the end). A search for one bad character is several
 * times faster than an anchored whole-string match on the 100 KB strings photos make.
 */
export function isBase64(data: string): boolean {
  return data.length > 0 && !/[^A-Za-z0-9+/=]|=[^=]|={3}/.test(data)
}
