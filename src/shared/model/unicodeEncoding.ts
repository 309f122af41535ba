/** A Unicode encoding other than UTF-8 that a text file can be saved in. */
type OtherUnicodeEncoding = 'UTF-16' | 'UTF-32'

// Bytes looked at for the zero pattern: enough for the first few lines, cheap for a 200 MB draft.
const SAMPLE = 4096

/** Share of the bytes at positions `phase` (mod `step`) in the sample that are zero. */
function zeroShare(bytes: Uint8Array, step: number, phase: number): number {
  const end = Math.min(bytes.length, SAMPLE)
  let zeros = 0
  let total = 0
  for (let i = phase; i < end; i += step) {
    total++
    if (bytes[i] === 0) zeros++
  }
  return total === 0 ? 0 : zeros / total
}

function bomEncoding(bytes: Uint8Array): OtherUnicodeEncoding | null {
  const startsWith = (...magic: number[]) => magic.every((b, i) => bytes[i] === b)
  // FF FE 00 00 also starts like UTF-16 LE's mark, so UTF-32 is checked first.
  if (startsWith(0x00, 0x00, 0xfe, 0xff) || startsWith(0xff, 0xfe, 0x00, 0x00)) return 'UTF-32'
  if (startsWith(0xfe, 0xff) || startsWith(0xff, 0xfe)) return 'UTF-16'
  return null
}

/**
 * The encoding of a text saved as UTF-16 or UTF-32 (Notepad's "Unicode"), with or without a byte order
 * mark, or null. Without a mark it is told by where the zero bytes fall: UTF-8 text has none, while the
 * letters of a draft (ASCII, most Vietnamese letters below U+0100 or in U+1Exx) give UTF-32 two or three
 * zero bytes in every four, and UTF-16 one in every two, always on the same side.
 */
export function otherUnicodeEncoding(bytes: Uint8Array): OtherUnicodeEncoding | null {
  const marked = bomEncoding(bytes)
  if (marked) return marked
  if (bytes.length < 4) return null
  const z4 = [0, 1, 2, 3].map((phase) => zeroShare(bytes, 4, phase))
  // Characters up to U+FFFF: the top two bytes of each four are zero (LE: bytes 2 and 3, BE: 0 and 1).
  const utf32le = z4[2]! > 0.9 && z4[3]! > 0.9 && z4[0]! < 0.5
  const utf32be = z4[0]! > 0.9 && z4[1]! > 0.9 && z4[3]! < 0.5
  if (utf32le || utf32be) return 'UTF-32'
  const even = zeroShare(bytes, 2, 0)
  const odd = zeroShare(bytes, 2, 1)
  // ASCII and Latin-1 letters leave their high byte zero; almost no character has a zero low byte.
  if ((odd > 0.4 && even < 0.1) || (even > 0.4 && odd < 0.1)) return 'UTF-16'
  return null
}
