import { asciiAt } from './asciiAt'

/**
 * Largest picture either export publishes, in pixels: one cap for DOCX and HTML, for every format. 200
 * rather than 50 million: phones with 50-megapixel sensors save 8160 × 6144 (50.1 million) and 200-
 * megapixel modes 16320 × 12240, and both exports have always taken such photos. A few hundred bytes of
 * PNG declaring 100,000 × 100,000 pixels (a decompression bomb that makes Word, LibreOffice or a portal
 * visitor's browser try to allocate tens of gigabytes) stays out. A GIF or WebP at the cap takes 800 MB
 * to convert; such files are forged or rare, and are converted one at a time.
 */
export const MAX_IMAGE_PIXELS = 200_000_000
/** Longest side accepted: JPEG's own limit; larger sides only come from forged headers. */
export const MAX_IMAGE_SIDE = 65_535

export interface ImageSize {
  width: number
  height: number
}

/** True when a picture of this size may be embedded: both sides positive and within the limits. */
export function isReasonableImageSize({ width, height }: ImageSize): boolean {
  return (
    width > 0 &&
    height > 0 &&
    width <= MAX_IMAGE_SIDE &&
    height <= MAX_IMAGE_SIDE &&
    width * height <= MAX_IMAGE_PIXELS
  )
}

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16)
const u32be = (b: Uint8Array, at: number) => ((u16be(b, at) << 16) >>> 0) + u16be(b, at + 2)

/**
 * The size an image's header declares, read without decoding a pixel (PNG IHDR, GIF screen, JPEG
 * frame header, WebP VP8/VP8L/VP8X), or null when the header cannot be read.
 */
export function declaredImageSize(b: Uint8Array): ImageSize | null {
  if (b[0] === 0x89 && asciiAt(b, 12) === 'IHDR') return { width: u32be(b, 16), height: u32be(b, 20) }
  if (asciiAt(b, 0) === 'GIF8' && b.length >= 10) return { width: u16le(b, 6), height: u16le(b, 8) }
  if (asciiAt(b, 0) === 'RIFF' && asciiAt(b, 8) === 'WEBP') return webpSize(b)
  if (b[0] === 0xff && b[1] === 0xd8) return jpegSize(b)
  return null
}

function webpSize(b: Uint8Array): ImageSize | null {
  const chunk = asciiAt(b, 12)
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  if (chunk === 'VP8 ' && b.length >= 30)
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24)
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  return null
}

function jpegSize(b: Uint8Array): ImageSize | null {
  let at = 2
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1] ?? 0
    if (marker === 0xff) {
      at++
      continue
    }
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC) carry the frame's size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: u16be(b, at + 7), height: u16be(b, at + 5) }
    }
    if (marker === 0xd9 || marker === 0xda) return null
    at += 2 + u16be(b, at + 2)
  }
  return null
}
