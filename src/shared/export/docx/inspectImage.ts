import { asciiAt } from '../../images/asciiAt'
import { crc32 } from '../../images/crc32'
import { sniffImageMime } from '../../images/sniffImage'

/** An image the exporter can embed: its docx type and its size in pixels. */
export interface EmbeddableImage {
  type: 'png' | 'jpg'
  width: number
  height: number
}

type ImageInspection =
  | { ok: true; image: EmbeddableImage }
  | { ok: false; problem: 'corrupt' }
  /** A PNG cut short after at least one whole, checksummed IDAT chunk: `repairTruncatedPng` can save it. */
  | { ok: false; problem: 'truncated'; image: EmbeddableImage }
  | { ok: false; problem: 'unsupported'; format: string }

/**
 * Reads an image's type and size from its bytes and checks that the file is whole (PNG chunks and
 * checksums, JPEG markers through to the end-of-image marker), so a truncated or damaged photo becomes
 * a placeholder in the export instead of a picture Word cannot show.
 */
export function inspectImage(bytes: Uint8Array): ImageInspection {
  const mime = sniffImageMime(bytes)
  if (mime === 'image/png') return pngImage(bytes)
  if (mime === 'image/jpeg') return jpegImage(bytes)
  if (mime === 'image/gif') return { ok: false, problem: 'unsupported', format: 'GIF' }
  if (mime === 'image/webp') return { ok: false, problem: 'unsupported', format: 'WebP' }
  return { ok: false, problem: 'corrupt' }
}

const CORRUPT = { ok: false, problem: 'corrupt' } as const

function u32(b: Uint8Array, at: number): number {
  return (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0
}

function u16(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
}

function pngImage(b: Uint8Array): ImageInspection {
  let at = 8
  let width = 0
  let height = 0
  let sawData = false
  // A file that ends before IEND, after whole and checksummed IHDR and IDAT chunks, was cut short (a
  // copy that did not finish); browsers show its top part, and the export can too.
  const cutShort = () =>
    width > 0 && height > 0 && sawData
      ? ({ ok: false, problem: 'truncated', image: { type: 'png', width, height } } as const)
      : CORRUPT
  while (at + 12 <= b.length) {
    const length = u32(b, at)
    const type = asciiAt(b, at + 4)
    const end = at + 8 + length
    if (end + 4 > b.length) return cutShort()
    if (crc32(b, at + 4, end) !== u32(b, end)) return CORRUPT
    if (at === 8) {
      if (type !== 'IHDR' || length !== 13) return CORRUPT
      width = u32(b, at + 8)
      height = u32(b, at + 12)
    }
    if (type === 'IDAT') sawData = true
    if (type === 'IEND') {
      return width > 0 && height > 0 && sawData
        ? { ok: true, image: { type: 'png', width, height } }
        : CORRUPT
    }
    at = end + 4
  }
  return cutShort()
}

// Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are not frames.
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function jpegImage(b: Uint8Array): ImageInspection {
  let at = 2
  let width = 0
  let height = 0
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return CORRUPT
    const marker = b[at + 1] ?? 0
    if (marker === 0xff) {
      at++
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    const length = u16(b, at + 2)
    if (length < 2 || at + 2 + length > b.length) return CORRUPT
    if (SOF.has(marker)) {
      height = u16(b, at + 5)
      width = u16(b, at + 7)
    }
    if (marker === 0xda) {
      if (width <= 0 || height <= 0) return CORRUPT
      // Scan data runs to the end-of-image marker; a photo cut short (a broken copy) has none.
      for (let i = b.length - 2; i > at; i--) {
        if (b[i] === 0xff && b[i + 1] === 0xd9) return { ok: true, image: { type: 'jpg', width, height } }
      }
      return CORRUPT
    }
    at += 2 + length
  }
  return CORRUPT
}
