/** Normalises a string to Unicode NFC (precomposed), the one form stored and exported. */
export function toNfc(text: string): string {
  return text.normalize('NFC')
}

/**
 * Returns a deep copy of a JSON-like value with every string (keys included) in NFC.
 * Used at every entry point: typing, paste, open, import, and before every export.
 */
export function deepNfc<T>(value: T): T {
  return normalizeValue(value) as T
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC')
  if (Array.isArray(value)) return value.map(normalizeValue)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) out[key.normalize('NFC')] = normalizeValue(inner)
    return out
  }
  return value
}
