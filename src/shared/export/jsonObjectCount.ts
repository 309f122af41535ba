const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b

/**
 * How many JSON objects the bytes hold (every `{` outside a string), stopping once past `limit`: a
 * scan of a 200 MB file in well under a second, before parsing it could take gigabytes. Escaped keys
 * cannot hide an object from it, as they could hide a `"type"` from a text search.
 */
export function countJsonObjects(bytes: Uint8Array, limit = Infinity): number {
  let objects = 0
  let inString = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (inString) {
      if (byte === BACKSLASH) i++
      else if (byte === QUOTE) inString = false
    } else if (byte === QUOTE) inString = true
    else if (byte === OPEN_BRACE && ++objects > limit) return objects
  }
  return objects
}
