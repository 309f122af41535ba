import { GifReader } from 'omggif'
import type { RgbaImage } from './encodePng'

/**
 * The first frame of a GIF drawn on its logical screen, as a still picture: pixels of the transparent
 * colour and outside the frame stay fully transparent. Null for a file that cannot be read, or whose
 * screen or first frame holds more than `maxPixels` (checked before any pixel is decoded).
 */
export function decodeGif(bytes: Uint8Array, maxPixels: number): RgbaImage | null {
  try {
    const reader = new GifReader(bytes)
    const { width, height } = reader
    if (width <= 0 || height <= 0 || width * height > maxPixels || reader.numFrames() < 1) return null
    const frame = reader.frameInfo(0)
    // LZW can spell out many pixels per byte: a frame larger than its screen is a decompression bomb.
    if (frame.width * frame.height > width * height) return null
    const data = new Uint8Array(width * height * 4)
    reader.decodeAndBlitFrameRGBA(0, data)
    return { width, height, data }
  } catch {
    return null
  }
}
