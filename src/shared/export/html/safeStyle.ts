/**
 * The only CSS declarations an exported element may carry inline, each with the values it may take.
 * Values are whole-string matches, so `url(`, `expression(`, escapes and comments can never pass.
 */
const ALLOWED_DECLARATIONS: Readonly<Record<string, RegExp>> = {
  'text-align': /^(left|center|right|justify)$/,
  'font-style': /^(italic|normal)$/,
  'font-weight': /^(bold|normal)$/,
  // A photo's cap: the column, or the share of it the officer chose (10–100 %).
  'max-width': /^(100|[1-9]\d)%$/,
  height: /^auto$/,
  // A table column's share of the table, as the editor's column widths give it.
  width: /^\d{1,3}(\.\d{1,2})?%$/,
}

type StyleDeclarations = Readonly<Record<string, string>>

/** Keeps only allowlisted declarations; returns the `style` attribute value, or null when none is left. */
export function sanitizeStyle(declarations: StyleDeclarations): string | null {
  const kept: string[] = []
  for (const [property, value] of Object.entries(declarations)) {
    const name = property.trim().toLowerCase()
    const rule = Object.hasOwn(ALLOWED_DECLARATIONS, name) ? ALLOWED_DECLARATIONS[name] : undefined
    const v = value.trim().toLowerCase()
    if (rule?.test(v)) kept.push(`${name}: ${v}`)
  }
  return kept.length > 0 ? kept.join('; ') : null
}

/** Parses a `style` attribute ("a: b; c: d") into declarations; anything odd simply fails the allowlist. */
export function parseStyle(style: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of style.split(';')) {
    const colon = part.indexOf(':')
    if (colon > 0) out[part.slice(0, colon).trim().toLowerCase()] = part.slice(colon + 1).trim()
  }
  return out
}
