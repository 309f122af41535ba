import { asciiAt } from './asciiAt'
import { crc32 } from './crc32'
import { concatBytes, PNG_SIGNATURE } from './pngChunk'
import { u32 } from './pngLayout'

/** A structure check's verdict: whole (and the bytes to publish), cut short, or not that format. */
export type CheckedImage =
  | { ok: true; bytes: Uint8Array; width: number; height: number; unchanged: boolean }
  | { ok: false; problem: 'corrupt' }
  /** Cut short after at least one whole, checksummed IDAT chunk: `repairTruncatedPng` can save it. */
  | { ok: false; problem: 'truncated'; width: number; height: number }

export const CORRUPT = { ok: false, problem: 'corrupt' } as const

/**
 * The chunks a viewer needs to show the picture as meant: header, palette, transparency, pixels and
 * colour. Text (tEXt, zTXt, iTXt), EXIF, time, animation and private chunks are dropped: they can carry
 * any bytes (a page, a script) and nothing in the picture depends on them.
 */
const KEPT = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'pHYs', 'sBIT'])

// Bit depths each colour type allows (PNG specification, table 11.1).
const DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

function validHeader(b: Uint8Array, at: number): boolean {
  const depth = b[at + 8] ?? 0
  const colour = b[at + 9] ?? 0
  return (
    u32(b, at) > 0 &&
    u32(b, at + 4) > 0 &&
    (DEPTHS[colour]?.includes(depth) ?? false) &&
    b[at + 10] === 0 &&
    b[at + 11] === 0 &&
    (b[at + 12] === 0 || b[at + 12] === 1)
  )
}

/**
 * Walks every chunk of a PNG, checking each checksum, that IHDR comes first and is valid, that there is
 * pixel data, and that IEND closes the file. The bytes to publish are the chunks a viewer needs, in
 * their order, and nothing after IEND; the stored file itself when nothing had to go.
 */
export function checkPng(b: Uint8Array): CheckedImage {
  for (let i = 0; i < 8; i++) if (b[i] !== PNG_SIGNATURE[i]) return CORRUPT
  const parts: Uint8Array[] = [PNG_SIGNATURE]
  let at = 8
  let width = 0
  let height = 0
  let colour = 0
  let palette = false
  let sawData = false
  let dropped = false
  // A file that ends before IEND, after whole and checksummed IHDR and IDAT chunks, was cut short (a
  // copy that did not finish); browsers show its top part, and the export can too.
  const cutShort = (): CheckedImage =>
    width > 0 && sawData ? { ok: false, problem: 'truncated', width, height } : CORRUPT
  while (at + 12 <= b.length) {
    const length = u32(b, at)
    const end = at + 8 + length
    if (length > 0x7fffffff) return CORRUPT
    if (end + 4 > b.length) return cutShort()
    for (let i = 4; i < 8; i++) if (!isLetter(b[at + i] ?? 0)) return CORRUPT
    if (crc32(b, at + 4, end) !== u32(b, end)) return CORRUPT
    const type = asciiAt(b, at + 4)
    if ((at === 8) !== (type === 'IHDR')) return CORRUPT
    if (type === 'IHDR') {
      if (length !== 13 || !validHeader(b, at + 8)) return CORRUPT
      width = u32(b, at + 8)
      height = u32(b, at + 12)
      colour = b[at + 17] ?? 0
    }
    if (type === 'PLTE') palette = true
    if (type === 'IDAT') {
      // Colour type 3 draws every pixel from the palette, which must come first.
      if (colour === 3 && !palette) return CORRUPT
      sawData = true
    }
    // A critical chunk (capital first letter) this reader does not know changes how the picture reads.
    if (!KEPT.has(type) && (b[at + 4] ?? 0) < 97) return CORRUPT
    if (KEPT.has(type)) parts.push(b.subarray(at, end + 4))
    else dropped = true
    if (type === 'IEND') {
      if (length !== 0 || !sawData) return CORRUPT
      const unchanged = !dropped && end + 4 === b.length
      return { ok: true, bytes: unchanged ? b : concatBytes(parts), width, height, unchanged }
    }
    at = end + 4
  }
  return cutShort()
}
