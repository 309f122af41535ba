import { asciiAt } from './asciiAt'

/** Where a JPEG's EXIF orientation is: its value (1–8) and the byte offset of that value in the file. */
interface JpegOrientation {
  value: number
  offset: number
  littleEndian: boolean
}

/** How a reader must turn the stored pixels to show the photo upright (DrawingML flips, then rotates). */
interface OrientationTransform {
  /** Clockwise, in degrees. */
  rotation: 0 | 90 | 180 | 270
  flipHorizontal: boolean
  flipVertical: boolean
  /** True for 5–8: the upright photo's width is the stored height. */
  swapsSides: boolean
}

const TRANSFORMS: Record<number, OrientationTransform> = {
  1: { rotation: 0, flipHorizontal: false, flipVertical: false, swapsSides: false },
  2: { rotation: 0, flipHorizontal: true, flipVertical: false, swapsSides: false },
  3: { rotation: 180, flipHorizontal: false, flipVertical: false, swapsSides: false },
  4: { rotation: 0, flipHorizontal: false, flipVertical: true, swapsSides: false },
  5: { rotation: 270, flipHorizontal: true, flipVertical: false, swapsSides: true },
  6: { rotation: 90, flipHorizontal: false, flipVertical: false, swapsSides: true },
  7: { rotation: 90, flipHorizontal: true, flipVertical: false, swapsSides: true },
  8: { rotation: 270, flipHorizontal: false, flipVertical: false, swapsSides: true },
}

/** The transform for an EXIF orientation value; values outside 1–8 mean "as stored". */
export function orientationTransform(value: number): OrientationTransform {
  return TRANSFORMS[value] ?? TRANSFORMS[1]!
}

/**
 * Finds the EXIF orientation tag (0x0112 in IFD0 of the APP1 "Exif" segment) that phones write instead
 * of turning the pixels. Null when there is none or it is malformed; never reads past the segment.
 */
export function jpegOrientation(b: Uint8Array): JpegOrientation | null {
  let at = 2
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0
    if (marker === 0xda || marker === 0xd9) return null
    const length = ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)
    const end = at + 2 + length
    if (length < 2 || end > b.length) return null
    if (marker === 0xe1 && asciiAt(b, at + 4, 6) === 'Exif\0\0') {
      return exifOrientation(b, at + 10, end)
    }
    at = end
  }
  return null
}

function exifOrientation(b: Uint8Array, tiff: number, end: number): JpegOrientation | null {
  const order = asciiAt(b, tiff, 2)
  if (order !== 'II' && order !== 'MM') return null
  const littleEndian = order === 'II'
  const u16 = (i: number) =>
    littleEndian ? (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) : ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
  const u32 = (i: number) => (littleEndian ? u16(i) + u16(i + 2) * 0x10000 : u16(i) * 0x10000 + u16(i + 2))
  const ifd = tiff + u32(tiff + 4)
  if (ifd + 2 > end) return null
  const count = u16(ifd)
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > end) return null
    // Tag 0x0112, type SHORT, one value, stored in the entry itself.
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3 && u32(entry + 4) === 1) {
      const value = u16(entry + 8)
      return value >= 1 && value <= 8 ? { value, offset: entry + 8, littleEndian } : null
    }
  }
  return null
}

/** A copy of the JPEG with its orientation tag set to 1, for a picture whose turn is in the document. */
export function withUprightTag(b: Uint8Array, found: JpegOrientation): Uint8Array {
  const copy = b.slice()
  copy[found.offset] = found.littleEndian ? 1 : 0
  copy[found.offset + 1] = found.littleEndian ? 0 : 1
  return copy
}
