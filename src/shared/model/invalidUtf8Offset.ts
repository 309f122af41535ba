/**
 * The offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. Used only after
 * the decoder has refused the bytes, to tell the officer where the problem starts.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let code = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      code = (code << 6) | (c & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/**
 * True when the bytes from `at` to the end are the start of one multi-byte UTF-8 letter whose last
 * bytes are missing: the file was cut inside a letter (an unfinished copy), not written in TCVN3/VNI.
 */
export function cutInsideLetterAtEnd(bytes: Uint8Array, at: number): boolean {
  const lead = bytes[at] ?? 0
  const need =
    lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0
  const rest = bytes.subarray(at + 1)
  if (need === 0 || rest.length >= need) return false
  if (!rest.every((c) => (c & 0xc0) === 0x80)) return false
  // The second byte's range that keeps the letter valid (no overlong form, no surrogate, ≤ U+10FFFF).
  const second = rest[0]
  if (second === undefined) return true
  if (lead === 0xe0) return second >= 0xa0
  if (lead === 0xed) return second <= 0x9f
  if (lead === 0xf0) return second >= 0x90
  if (lead === 0xf4) return second <= 0x8f
  return true
}
