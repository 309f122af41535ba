const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes the first `count` bytes of a base64 string (enough to sniff an image's magic number). */
export function base64Prefix(base64: string, count: number): Uint8Array {
  const chars = base64.slice(0, Math.ceil(count / 3) * 4)
  const out: number[] = []
  for (let i = 0; i + 1 < chars.length; i += 4) {
    const n = [0, 1, 2, 3].map((k) => ALPHABET.indexOf(chars[i + k] ?? '='))
    const [a = 0, b = 0, c = -1, d = -1] = n
    if (a < 0 || b < 0) break
    out.push((a << 2) | (b >> 4))
    if (c >= 0) out.push(((b & 15) << 4) | (c >> 2))
    if (c >= 0 && d >= 0) out.push(((c & 3) << 6) | d)
  }
  return Uint8Array.from(out.slice(0, count))
}
