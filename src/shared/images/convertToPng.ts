import { asciiAt } from './asciiAt'
import { declaredImageSize, MAX_IMAGE_PIXELS, type ImageSize } from './declaredImageSize'
import { decodeGif } from './decodeGif'
import { decodeWebp } from './decodeWebp'
import { encodePng } from './encodePng'
import { sniffImageMime } from './sniffImage'

type PngConversion =
  | { ok: true; png: Uint8Array; width: number; height: number }
  | { ok: false; problem: 'too-large'; size: ImageSize }
  | { ok: false; problem: 'animated' | 'corrupt' }

// VP8X header flags: bit 1 says the file is an animation (ANIM and ANMF chunks, no single bitstream).
const isAnimatedWebp = (b: Uint8Array) => asciiAt(b, 12) === 'VP8X' && ((b[20] ?? 0) & 2) !== 0

/**
 * A GIF (its first frame) or a still WebP as a PNG with the same pixels, alpha included, for outputs
 * that take PNG and JPEG only (Word), and so that a GIF or WebP that is also a script or a page is never
 * published as it is (HTML). The declared size is checked before anything is decoded.
 */
export function convertToPng(bytes: Uint8Array): PngConversion {
  const mime = sniffImageMime(bytes)
  if (mime !== 'image/gif' && mime !== 'image/webp') return { ok: false, problem: 'corrupt' }
  const size = declaredImageSize(bytes)
  if (!size || size.width <= 0 || size.height <= 0) return { ok: false, problem: 'corrupt' }
  if (size.width * size.height > MAX_IMAGE_PIXELS) return { ok: false, problem: 'too-large', size }
  if (mime === 'image/webp' && isAnimatedWebp(bytes)) return { ok: false, problem: 'animated' }
  const image = mime === 'image/gif' ? decodeGif(bytes, MAX_IMAGE_PIXELS) : decodeWebp(bytes)
  if (!image || image.width * image.height > MAX_IMAGE_PIXELS) return { ok: false, problem: 'corrupt' }
  return { ok: true, png: encodePng(image), width: image.width, height: image.height }
}
