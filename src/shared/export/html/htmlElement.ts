import { escapeAttribute, escapeText } from './escapeHtml'
import { sanitizeAttribute } from './safeAttributes'

/** A string of HTML built by this module: text in it has been escaped, attributes allowlisted. */
export type Html = string & { readonly __html: unique symbol }

/** Every element an export may contain; anything else (script, iframe, form, svg...) cannot be built. */
export const HTML_TAGS = [
  'html',
  'head',
  'body',
  'meta',
  'title',
  'style',
  'article',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'hr',
  'strong',
  'em',
  'u',
  's',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'table',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const
export type HtmlTag = (typeof HTML_TAGS)[number]

const VOID_TAGS: ReadonlySet<HtmlTag> = new Set(['meta', 'br', 'hr', 'img', 'col'])

export type AttributeValue = string | number | null | undefined
export type Attributes = Readonly<Record<string, AttributeValue>>

/** Escaped text. */
export function text(value: string): Html {
  return escapeText(value) as Html
}

/**
 * Joins fragments already built as HTML. `+` keeps V8's rope strings, so a photo's 100 KB data URI is
 * copied once when the page is finally flattened, not at every level of nesting as `join` would.
 */
export function concat(parts: readonly Html[], separator = ''): Html {
  let out = ''
  for (let i = 0; i < parts.length; i++) out += i === 0 ? parts[i] : separator + parts[i]
  return out as Html
}

/** The attributes that pass the allowlist, in the given order, escaped and double-quoted. */
function attributes(tag: HtmlTag, attrs: Attributes): string {
  let out = ''
  for (const [name, raw] of Object.entries(attrs)) {
    if (raw === null || raw === undefined) continue
    const value = sanitizeAttribute(tag, name, String(raw))
    if (value !== null) out += ` ${name.toLowerCase()}="${escapeAttribute(value)}"`
  }
  return out
}

/** Opening tag only, for marks that wrap a run of text nodes. */
export function openTag(tag: HtmlTag, attrs: Attributes = {}): Html {
  return `<${tag}${attributes(tag, attrs)}>` as Html
}

export function closeTag(tag: HtmlTag): Html {
  return `</${tag}>` as Html
}

/** One element with allowlisted attributes around HTML built by this module (void elements take none). */
export function element(tag: HtmlTag, attrs: Attributes = {}, inner: Html = '' as Html): Html {
  if (VOID_TAGS.has(tag)) return openTag(tag, attrs)
  return `${openTag(tag, attrs)}${inner}${closeTag(tag)}` as Html
}
