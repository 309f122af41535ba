import { judgeLink } from '../../links/linkPolicy'
import { MAX_SPAN } from '../tableGrid'
import { isSafeImageSrc } from './safeUrl'
import { parseStyle, sanitizeStyle } from './safeStyle'

/** Turns a raw attribute value into the value to write, or null to drop the attribute. */
type AttributeRule = (value: string) => string | null

const anyText: AttributeRule = (v) => v
const oneOf =
  (...allowed: string[]): AttributeRule =>
  (v) =>
    allowed.includes(v) ? v : null
const integer =
  (min: number, max: number): AttributeRule =>
  (v) => {
    if (!/^-?\d{1,7}$/.test(v)) return null
    const n = Number(v)
    return n >= min && n <= max ? String(n) : null
  }
const tokens =
  (pattern: RegExp): AttributeRule =>
  (v) => {
    const kept = v.split(/\s+/).filter((t) => pattern.test(t))
    return kept.length > 0 ? kept.join(' ') : null
  }

const GLOBAL_RULES: Readonly<Record<string, AttributeRule>> = {
  class: tokens(/^[a-z][a-z0-9-]*$/),
  lang: (v) => (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? v : null),
  style: (v) => sanitizeStyle(parseStyle(v)),
}

const TAG_RULES: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  a: { href: (v) => judgeLink(v).href, rel: tokens(/^(noopener|noreferrer|nofollow)$/) },
  img: {
    src: (v) => (isSafeImageSrc(v) ? v : null),
    alt: anyText,
    width: integer(1, 100_000),
    height: integer(1, 100_000),
    decoding: oneOf('async'),
  },
  ol: { start: integer(-999_999, 999_999), type: oneOf('1', 'a', 'A', 'i', 'I') },
  td: { colspan: integer(1, MAX_SPAN), rowspan: integer(1, MAX_SPAN) },
  th: { colspan: integer(1, MAX_SPAN), rowspan: integer(1, MAX_SPAN), scope: oneOf('col', 'row') },
  meta: {
    charset: oneOf('utf-8'),
    name: oneOf('viewport', 'description', 'author', 'generator', 'referrer'),
    property: (v) => (/^og:[a-z_:]+$/.test(v) ? v : null),
    // Only a Content-Security-Policy may be declared: never refresh, set-cookie or default-style.
    'http-equiv': oneOf('Content-Security-Policy'),
    content: anyText,
  },
  html: { lang: GLOBAL_RULES.lang ?? anyText },
}

/**
 * The attribute allowlist: an attribute is kept only if its tag (or every tag) lists it and its value
 * passes the listed rule. Event handlers (`on*`), `srcdoc`, `formaction` and the like are never listed.
 */
export function sanitizeAttribute(tag: string, name: string, value: string): string | null {
  const key = name.toLowerCase()
  const tagRules = TAG_RULES[tag]
  const rule =
    tagRules && Object.hasOwn(tagRules, key)
      ? tagRules[key]
      : Object.hasOwn(GLOBAL_RULES, key)
        ? GLOBAL_RULES[key]
        : undefined
  return rule ? rule(value) : null
}
