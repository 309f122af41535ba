import { stripInvisibleControls } from '../text/stripInvisibleControls'
import { strictUrlPart } from './strictUrlPart'

/**
 * Which targets a caller takes: `report` is every link a report may hold (web pages and mail
 * addresses); `web` is what main may hand the system browser. Mail links stay inside documents:
 * a `mailto:` can carry `attach=` and `body=` parameters that some mail programs act on.
 */
type LinkScope = 'report' | 'web'

/** Why a target was refused, so the link dialog can say so. */
export type LinkRefusal = 'empty' | 'notAbsolute' | 'scheme' | 'malformed' | 'credentials' | 'tooLong'

type LinkJudgement = { href: string; refusal: null } | { href: null; refusal: LinkRefusal }

/** The longest normalised target kept; also the most the renderer may send main to open. */
export const MAX_LINK_LENGTH = 2048

// Browsers remove tabs and newlines anywhere in a URL and ignore leading and trailing controls and
// spaces, so "java\tscript:" is "javascript:" to them: judge the URL as they will read it.
const URL_REMOVED = /[\t\n\r]/g
// eslint-disable-next-line no-control-regex
const URL_TRIMMED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g
const SCHEME = /^([a-z][a-z0-9+.-]*):/i
const ABSOLUTE = { report: /^(https?:\/\/|mailto:)/i, web: /^https?:\/\//i } as const
const PROTOCOLS = { report: ['http:', 'https:', 'mailto:'], web: ['http:', 'https:'] } as const

const refused = (refusal: LinkRefusal): LinkJudgement => ({ href: null, refusal })

/**
 * The one link policy: whether a link target is allowed and, if so, its one normalised form (the URL
 * parser's, percent-encoded to RFC 3986). Only absolute http and https URLs (the parser requires a host) with no
 * credentials pass, and `mailto:` in the `report` scope; never javascript:, data:, file:, a relative
 * or protocol-relative link.
 */
export function judgeLink(raw: unknown, scope: LinkScope = 'report'): LinkJudgement {
  // Marks from a draft on disk can hold anything; a target that is not text is no target.
  if (typeof raw !== 'string') return refused('empty')
  // Invisible controls go as they go from the link's words, so "/\u202Egpj.exe" is the "/gpj.exe" a
  // reader sees; then NFC: decomposed Vietnamese (as some keyboards write it) percent-encodes differently.
  const candidate = stripInvisibleControls(raw)
    .normalize('NFC')
    .replace(URL_REMOVED, '')
    .replace(URL_TRIMMED, '')
  if (candidate === '') return refused('empty')
  const scheme = SCHEME.exec(candidate)?.[1]?.toLowerCase()
  if (scheme === undefined) return refused('notAbsolute')
  if (!(PROTOCOLS[scope] as readonly string[]).includes(`${scheme}:`)) return refused('scheme')
  if (!ABSOLUTE[scope].test(candidate)) return refused('malformed')
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return refused('malformed')
  }
  const mail = url.protocol === 'mailto:'
  if (!mail && (url.username || url.password)) return refused('credentials')
  const prefix = mail ? 'mailto:' : url.origin
  const [beforeHash = '', ...fragment] = url.href.slice(prefix.length).split('#')
  const href =
    prefix + strictUrlPart(beforeHash) + (fragment.length ? `#${strictUrlPart(fragment.join('#'))}` : '')
  return href.length > MAX_LINK_LENGTH ? refused('tooLong') : { href, refusal: null }
}
