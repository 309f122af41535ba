const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': '&quot;', "'": '&#39;' }

/** Escapes text for an HTML text node: `&`, `<` and `>`. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ENTITIES[c] ?? c)
}

/** Escapes a value for a double-quoted attribute: `&`, `<`, `>` and both quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c)
}
