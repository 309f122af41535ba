const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const PAD = 61 // '='

// Each UTF-16 code unit's 6-bit value; 255 for anything outside the alphabet.
const VALUES = (() => {
  const table = new Uint8Array(65536).fill(255)
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i
  return table
})()
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))
const latin1 = new TextDecoder('latin1')

// ASCII whitespace, as MIME and PEM tools wrap base64 (every 76 or 64 characters, CRLF or LF).
const WHITESPACE = /[\t\n\f\r ]/
const WHITESPACE_RUNS = /[\t\n\f\r ]+/g

/** The text without its line breaks and spaces; the same string when it has none (the usual case). */
function compact(text: string): string {
  return WHITESPACE.test(text) ? text.replace(WHITESPACE_RUNS, '') : text
}

/**
 * Base64 (padding only at the end; line breaks and spaces anywhere are ignored): exactly the text
 * {@link decodeBase64} accepts. A search for one bad character is several times faster than an anchored
 * whole-string match on multi-megabyte photos.
 */
export function isBase64(text: string): boolean {
  const data = compact(text)
  const length = data.length
  if (length === 0 || /[^A-Za-z0-9+/=]|=[^=]|={3}/.test(data)) return false
  return data.charCodeAt(length - 1) === PAD ? length % 4 === 0 : length % 4 !== 1
}

/** Base64 of bytes, padded. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4)
  let o = 0
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out[o++] = CODES[n >>> 18]!
    out[o++] = CODES[(n >>> 12) & 63]!
    out[o++] = CODES[(n >>> 6) & 63]!
    out[o++] = CODES[n & 63]!
  }
  if (i < bytes.length) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8)
    out[o++] = CODES[n >>> 18]!
    out[o++] = CODES[(n >>> 12) & 63]!
    out[o++] = i + 1 < bytes.length ? CODES[(n >>> 6) & 63]! : PAD
    out[o++] = PAD
  }
  // Every byte is ASCII, so latin1 gives the string without building it one character at a time.
  return latin1.decode(out)
}

/**
 * Bytes of base64 text, or null when it is not {@link isBase64} (a damaged draft). Line breaks and spaces
 * are skipped, so a photo wrapped by a mail or PEM tool reads the same in every export and size check.
 * With `maxBytes`, only that many bytes are decoded (and checked) from the start: enough to sniff a type.
 */
export function decodeBase64(source: string, maxBytes = Infinity): Uint8Array<ArrayBuffer> | null {
  const text = compact(source)
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === PAD) end--
  if (text.length - end > 2 || (text.length > end && text.length % 4 !== 0)) return null
  if (end % 4 === 1) return null
  const total = Math.floor((end * 3) / 4)
  const length = Math.min(total, maxBytes)
  const out = new Uint8Array(length)
  const chars = Math.min(end, Math.ceil(length / 3) * 4)
  let o = 0
  let i = 0
  for (; i + 4 <= chars; i += 4) {
    const a = VALUES[text.charCodeAt(i)]!
    const b = VALUES[text.charCodeAt(i + 1)]!
    const c = VALUES[text.charCodeAt(i + 2)]!
    const d = VALUES[text.charCodeAt(i + 3)]!
    if ((a | b | c | d) > 63) return null
    const n = (a << 18) | (b << 12) | (c << 6) | d
    if (o + 3 <= length) {
      out[o++] = n >>> 16
      out[o++] = (n >>> 8) & 255
      out[o++] = n & 255
    } else {
      if (o < length) out[o++] = n >>> 16
      if (o < length) out[o++] = (n >>> 8) & 255
    }
  }
  let n = 0
  let bits = 0
  for (; i < chars; i++) {
    const v = VALUES[text.charCodeAt(i)]!
    if (v > 63) return null
    n = (n << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      if (o < length) out[o++] = (n >>> bits) & 255
    }
  }
  return out
}
