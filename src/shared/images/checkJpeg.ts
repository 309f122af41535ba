import { asciiAt } from './asciiAt'
import { CORRUPT, type CheckedImage } from './checkPng'
import { jpegOrientation } from './jpegOrientation'
import { concatBytes } from './pngChunk'

// Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are not frames.
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])
/** Tables and frame facts a decoder needs: DHT, DAC, DQT, DNL, DRI, DHP, EXP (with SOF and SOS). */
const TABLES = new Set([0xc4, 0xcc, 0xdb, 0xdc, 0xdd, 0xde, 0xdf])
const SOS = 0xda
const EOI = Uint8Array.of(0xff, 0xd9)

const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)

/** An APP1 EXIF segment holding only the orientation tag (big-endian TIFF, one IFD, one entry). */
function orientationSegment(value: number): Uint8Array {
  return Uint8Array.of(
    ...[0xff, 0xe1, 0x00, 0x22],
    ...[0x45, 0x78, 0x69, 0x66, 0x00, 0x00], // "Exif\0\0"
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // "MM", 42, IFD0 at 8
    ...[0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, value, 0x00, 0x00],
    ...[0x00, 0x00, 0x00, 0x00], // no next IFD
  )
}

/** A JFIF header without its thumbnail: version, density units and density only. */
function jfifSegment(b: Uint8Array, at: number): Uint8Array {
  const out = Uint8Array.of(0xff, 0xe0, 0x00, 0x10, ...b.subarray(at + 4, at + 16), 0x00, 0x00)
  return out.length === 18 ? out : Uint8Array.of()
}

/**
 * What a metadata segment becomes in the published file: colour facts decoders need (the JFIF header,
 * an ICC profile, Adobe's colour transform) stay; comments, EXIF (GPS, maker notes; its orientation is
 * written back on its own) and every other application segment go, as they can carry any bytes.
 */
function keptMetadata(b: Uint8Array, at: number, marker: number, end: number): Uint8Array | null {
  if (marker === 0xe0 && asciiAt(b, at + 4, 5) === 'JFIF\0' && end - at >= 18) return jfifSegment(b, at)
  if (marker === 0xe2 && asciiAt(b, at + 4, 12) === 'ICC_PROFILE\0') return b.subarray(at, end)
  if (marker === 0xee && asciiAt(b, at + 4, 5) === 'Adobe' && end - at === 16) return b.subarray(at, end)
  return null
}

/**
 * Walks a JPEG's marker segments to the first scan, then its entropy-coded data (and any later tables
 * and scans of a progressive file) to the end-of-image marker. The bytes to publish keep the frame,
 * tables, scans and colour facts in their order, the EXIF orientation alone (what a viewer needs to show
 * a phone photo upright, right after the JFIF header where readers look), and nothing after EOI.
 */
export function checkJpeg(b: Uint8Array): CheckedImage {
  if (b[0] !== 0xff || b[1] !== 0xd8) return CORRUPT
  const turned = jpegOrientation(b)
  const head: Uint8Array[] = [b.subarray(0, 2)]
  const orientation = turned && turned.value !== 1 ? [orientationSegment(turned.value)] : []
  const body: Uint8Array[] = []
  let width = 0
  let height = 0
  let changed = false
  let at = 2
  let inScan = false
  let sawScan = false
  let scanFrom = 0
  while (at < b.length) {
    if (inScan) {
      // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte), a restart marker or a fill byte;
      // anything else is the next marker.
      const ff = b.indexOf(0xff, at)
      if (ff < 0 || ff + 1 >= b.length) return CORRUPT
      const next = b[ff + 1]!
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
        at = next === 0xff ? ff + 1 : ff + 2
        continue
      }
      body.push(b.subarray(scanFrom, ff))
      inScan = false
      at = ff
    }
    if (b[at] !== 0xff || at + 1 >= b.length) return CORRUPT
    const marker = b[at + 1]!
    if (marker === 0xff) {
      at++
      changed = true
      continue
    }
    if (marker === 0xd9) {
      if (!sawScan) return CORRUPT
      body.push(EOI)
      const unchanged = !changed && at + 2 === b.length
      const bytes = unchanged ? b : concatBytes([...head, ...orientation, ...body])
      return { ok: true, bytes, width, height, unchanged }
    }
    // Markers without a length (TEM, restarts, a second SOI) have no place outside a scan.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) return CORRUPT
    if (at + 4 > b.length) return CORRUPT
    const end = at + 2 + u16(b, at + 2)
    if (end < at + 4 || end > b.length) return CORRUPT
    if (SOF.has(marker)) {
      if (width !== 0 || end - at < 10) return CORRUPT
      height = u16(b, at + 5)
      width = u16(b, at + 7)
      if (width === 0 || height === 0) return CORRUPT
      body.push(b.subarray(at, end))
    } else if (marker === SOS) {
      if (width === 0) return CORRUPT
      body.push(b.subarray(at, end))
      inScan = sawScan = true
      scanFrom = end
    } else if (TABLES.has(marker)) {
      body.push(b.subarray(at, end))
    } else {
      const kept = keptMetadata(b, at, marker, end)
      // The first JFIF header goes first, as readers expect; other kept segments stay in order.
      if (kept?.length) (marker === 0xe0 && head.length === 1 ? head : body).push(kept)
      if (!kept || kept.length !== end - at || !kept.every((v, i) => v === b[at + i])) changed = true
    }
    at = end
  }
  return CORRUPT
}
