import type { RgbaImage } from './encodePng'
import { orientationTransform } from './jpegOrientation'

/** EXIF orientations 5–8 store the picture on its side: upright, width and height swap. */
const swapsSides = (orientation: number) => orientationTransform(orientation).swapsSides

/** The size a photo shows at once its EXIF orientation is applied. */
export function uprightSize(
  stored: { width: number; height: number },
  orientation: number,
): { width: number; height: number } {
  return swapsSides(orientation) ? { width: stored.height, height: stored.width } : { ...stored }
}

/**
 * Per destination pixel, the source pixels it covers and the share of each: flat arrays (first
 * source pixel, number of them, offset of their weights) for a tight inner loop.
 */
function coverage(source: number, target: number) {
  const scale = source / target
  const first = new Int32Array(target)
  const count = new Int32Array(target)
  const offset = new Int32Array(target)
  const weights: number[] = []
  for (let d = 0; d < target; d++) {
    const start = d * scale
    const end = Math.min(source, (d + 1) * scale)
    const from = Math.floor(start)
    const to = Math.min(source, Math.ceil(end))
    first[d] = from
    count[d] = to - from
    offset[d] = weights.length
    for (let s = from; s < to; s++) weights.push((Math.min(end, s + 1) - Math.max(start, s)) / scale)
  }
  return { first, count, offset, weights: Float32Array.from(weights) }
}

/** One source row averaged across: `width` RGBA sums into `out`. */
function shrinkRow(
  src: Uint8Array,
  base: number,
  across: ReturnType<typeof coverage>,
  width: number,
  out: Float32Array,
): void {
  const { first, count, offset, weights } = across
  for (let x = 0; x < width; x++) {
    let at = base + first[x]! * 4
    let w = offset[x]!
    const end = w + count[x]!
    let red = 0
    let green = 0
    let blue = 0
    let alpha = 0
    for (; w < end; w++, at += 4) {
      const share = weights[w]!
      red += src[at]! * share
      green += src[at + 1]! * share
      blue += src[at + 2]! * share
      alpha += src[at + 3]! * share
    }
    const o = x * 4
    out[o] = red
    out[o + 1] = green
    out[o + 2] = blue
    out[o + 3] = alpha
  }
}

/**
 * Shrinks stored pixels to `width` × `height` by averaging the area each new pixel covers (no
 * ringing, no aliasing of fine patterns such as a banner's lettering). Each source row is read once
 * and added to the one or two new rows it covers, so the memory is the result plus three rows.
 */
function shrink(image: RgbaImage, width: number, height: number): RgbaImage {
  if (width === image.width && height === image.height) return image
  const across = coverage(image.width, width)
  const scale = image.height / height
  const out = new Uint8Array(width * height * 4)
  const row = new Float32Array(width * 4)
  let sums = new Float32Array(width * 4)
  let next = new Float32Array(width * 4)
  const emit = (y: number, values: Float32Array) => {
    const at = y * width * 4
    for (let i = 0; i < values.length; i++) out[at + i] = Math.min(255, Math.max(0, Math.round(values[i]!)))
  }
  // Source row r spans [r, r + 1); in new rows, [r / scale, (r + 1) / scale): within the row being
  // summed, or across its lower edge into the next one (never further: scale is at least 1).
  let current = 0
  for (let r = 0; r < image.height && current < height; r++) {
    shrinkRow(image.data, r * image.width * 4, across, width, row)
    const top = r / scale
    const bottom = (r + 1) / scale
    const edge = current + 1
    if (bottom < edge - 1e-9) {
      const share = bottom - top
      for (let i = 0; i < row.length; i++) sums[i]! += row[i]! * share
      continue
    }
    const upper = edge - top
    const lower = Math.max(0, bottom - edge)
    for (let i = 0; i < row.length; i++) {
      sums[i]! += row[i]! * upper
      next[i] = row[i]! * lower
    }
    emit(current++, sums)
    ;[sums, next] = [next, sums]
  }
  // Rounding can leave the last row summed but not yet written.
  if (current < height) emit(current, sums)
  return { width, height, data: out }
}

/**
 * Where the upright pixel (x, y) is in the stored picture, as `start + x * across + y * down`, for
 * each EXIF orientation (TIFF 6.0: 2 mirrored, 3 turned half round, 4 upside-down mirror, 5
 * transposed, 6 stored a quarter turn anticlockwise, 7 transverse, 8 stored a quarter turn clockwise).
 */
function storedIndex(orientation: number, w: number, h: number): [number, number, number] {
  const last = (h - 1) * w
  switch (orientation) {
    case 2:
      return [w - 1, -1, w]
    case 3:
      return [last + w - 1, -1, -w]
    case 4:
      return [last, 1, -w]
    case 5:
      return [0, w, 1]
    case 6:
      return [last, -w, 1]
    case 7:
      return [last + w - 1, -w, -1]
    case 8:
      return [w - 1, w, -1]
    default:
      return [0, 1, w]
  }
}

function turn(image: RgbaImage, orientation: number): RgbaImage {
  if (orientation < 2 || orientation > 8) return image
  const upright = uprightSize(image, orientation)
  const [start, across, down] = storedIndex(orientation, image.width, image.height)
  const out = new Uint32Array(upright.width * upright.height)
  const src = new Uint32Array(image.data.buffer, image.data.byteOffset, image.width * image.height)
  let o = 0
  for (let y = 0; y < upright.height; y++) {
    let at = start + y * down
    for (let x = 0; x < upright.width; x++, at += across) out[o++] = src[at]!
  }
  return { ...upright, data: new Uint8Array(out.buffer) }
}

/**
 * The photo upright (its EXIF orientation applied in the pixels) and shrunk to `width` pixels across,
 * the aspect kept; never enlarged. Shrunk first, then turned: the turn moves the fewest pixels.
 */
export function orientAndShrink(image: RgbaImage, orientation: number, width: number): RgbaImage {
  const upright = uprightSize(image, orientation)
  const targetWidth = Math.max(1, Math.min(upright.width, Math.round(width)))
  const targetHeight = Math.max(1, Math.round((targetWidth * upright.height) / upright.width))
  const stored = swapsSides(orientation)
    ? { width: targetHeight, height: targetWidth }
    : { width: targetWidth, height: targetHeight }
  // A view that is not 4-byte aligned cannot be read as whole pixels.
  const aligned = image.data.byteOffset % 4 === 0 ? image : { ...image, data: image.data.slice() }
  return turn(shrink(aligned, stored.width, stored.height), orientation)
}
