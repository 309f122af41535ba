import { unzlibSync } from 'fflate'
import { asciiAt } from './asciiAt'
import type { RgbaImage } from './encodePng'
import { MAX_IMAGE_PIXELS } from './declaredImageSize'
import { concatBytes } from './pngChunk'
import { ADAM7, PNG_CHANNELS, u32 } from './pngLayout'

const WHOLE = [[0, 0, 1, 1]] as const

interface Header {
  width: number
  height: number
  depth: number
  colour: number
  interlaced: boolean
}

interface Chunks {
  header: Header
  palette: Uint8Array | null
  transparency: Uint8Array | null
  data: Uint8Array
}

function readChunks(bytes: Uint8Array): Chunks | null {
  let header: Header | null = null
  let palette: Uint8Array | null = null
  let transparency: Uint8Array | null = null
  const data: Uint8Array[] = []
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = u32(bytes, at)
    const type = asciiAt(bytes, at + 4)
    const body = bytes.subarray(at + 8, at + 8 + length)
    if (body.length !== length) return null
    if (type === 'IHDR' && length === 13) {
      header = {
        width: u32(body, 0),
        height: u32(body, 4),
        depth: body[8]!,
        colour: body[9]!,
        interlaced: body[12] === 1,
      }
    } else if (type === 'PLTE') palette = body
    else if (type === 'tRNS') transparency = body
    else if (type === 'IDAT') data.push(body)
    else if (type === 'IEND') break
    at += 12 + length
  }
  if (!header || data.length === 0 || !(header.colour in PNG_CHANNELS)) return null
  if (header.colour === 3 && !palette) return null
  return { header, palette, transparency, data: concatBytes(data) }
}

/** Undoes one scanline's filter in place, `above` being the previous unfiltered line of the pass. */
function unfilter(filter: number, line: Uint8Array, above: Uint8Array, bpp: number): boolean {
  const n = line.length
  switch (filter) {
    case 0:
      return true
    case 1:
      for (let i = bpp; i < n; i++) line[i] = (line[i]! + line[i - bpp]!) & 255
      return true
    case 2:
      for (let i = 0; i < n; i++) line[i] = (line[i]! + above[i]!) & 255
      return true
    case 3:
      for (let i = 0; i < n; i++)
        line[i] = (line[i]! + (((i >= bpp ? line[i - bpp]! : 0) + above[i]!) >> 1)) & 255
      return true
    case 4:
      for (let i = 0; i < n; i++) {
        const a = i >= bpp ? line[i - bpp]! : 0
        const b = above[i]!
        const c = i >= bpp ? above[i - bpp]! : 0
        const pa = Math.abs(b - c)
        const pb = Math.abs(a - c)
        const pc = Math.abs(a + b - 2 * c)
        line[i] = (line[i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 255
      }
      return true
    default:
      return false
  }
}

/** Sample `index` of a line at `depth` bits, at its full precision (16-bit samples whole). */
function sample(line: Uint8Array, index: number, depth: number): number {
  if (depth === 8) return line[index]!
  if (depth === 16) return (line[index * 2]! << 8) | line[index * 2 + 1]!
  const bit = index * depth
  return (line[bit >> 3]! >> (8 - depth - (bit & 7))) & ((1 << depth) - 1)
}

/**
 * A PNG's pixels as 8-bit RGBA: every colour type, bit depth and Adam7 interlacing the format allows,
 * palettes and tRNS transparency applied. Null for anything it cannot read in full (the caller then
 * keeps the checked file as it is). The inflated data is written into a buffer of the declared size,
 * so a compressed bomb cannot take more memory than the picture it claims to be.
 */
export function decodePng(bytes: Uint8Array): RgbaImage | null {
  const chunks = readChunks(bytes)
  if (!chunks) return null
  const { header, palette, transparency } = chunks
  const { width, height, depth, colour } = header
  if (width === 0 || height === 0 || width * height > MAX_IMAGE_PIXELS) return null
  const channels = PNG_CHANNELS[colour]!
  const bitsPerPixel = channels * depth
  const bpp = Math.max(1, bitsPerPixel >> 3)
  const passes = header.interlaced ? ADAM7 : WHOLE
  let expected = 0
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx)
    const h = Math.ceil((height - y0) / dy)
    if (w > 0 && h > 0) expected += h * (1 + Math.ceil((w * bitsPerPixel) / 8))
  }
  let raw: Uint8Array
  try {
    raw = unzlibSync(chunks.data, { out: new Uint8Array(expected) })
  } catch {
    return null
  }
  if (raw.length < expected) return null
  const max = (1 << depth) - 1
  const to8 = (v: number) => (depth === 16 ? v >> 8 : depth === 8 ? v : Math.round((v * 255) / max))
  // tRNS for grey and RGB names the one colour that is transparent, at the file's own depth.
  const key =
    transparency && colour === 0 && transparency.length >= 2
      ? [(transparency[0]! << 8) | transparency[1]!]
      : transparency && colour === 2 && transparency.length >= 6
        ? [0, 2, 4].map((i) => (transparency[i]! << 8) | transparency[i + 1]!)
        : null
  const out = new Uint8Array(width * height * 4)
  let pos = 0
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx)
    const h = Math.ceil((height - y0) / dy)
    if (w <= 0 || h <= 0) continue
    const stride = Math.ceil((w * bitsPerPixel) / 8)
    let above = new Uint8Array(stride)
    for (let row = 0; row < h; row++) {
      const line = raw.slice(pos + 1, pos + 1 + stride)
      if (!unfilter(raw[pos]!, line, above, bpp)) return null
      pos += 1 + stride
      above = line
      const y = y0 + row * dy
      for (let col = 0; col < w; col++) {
        const o = (y * width + x0 + col * dx) * 4
        const s = col * channels
        if (colour === 3) {
          const index = sample(line, s, depth)
          if (index * 3 + 2 >= palette!.length) return null
          out[o] = palette![index * 3]!
          out[o + 1] = palette![index * 3 + 1]!
          out[o + 2] = palette![index * 3 + 2]!
          out[o + 3] = transparency && index < transparency.length ? transparency[index]! : 255
        } else if (colour === 0 || colour === 4) {
          const grey = sample(line, s, depth)
          out[o] = out[o + 1] = out[o + 2] = to8(grey)
          out[o + 3] = colour === 4 ? to8(sample(line, s + 1, depth)) : key && grey === key[0] ? 0 : 255
        } else {
          const r = sample(line, s, depth)
          const g = sample(line, s + 1, depth)
          const b = sample(line, s + 2, depth)
          out[o] = to8(r)
          out[o + 1] = to8(g)
          out[o + 2] = to8(b)
          out[o + 3] =
            colour === 6
              ? to8(sample(line, s + 3, depth))
              : key && r === key[0] && g === key[1] && b === key[2]
                ? 0
                : 255
        }
      }
    }
  }
  return { width, height, data: out }
}
