import { zlibSync } from 'fflate'
import { concatBytes, PNG_SIGNATURE, pngChunk } from './pngChunk'

/** Decoded pixels: `width × height` RGBA quadruplets, row by row. */
export interface RgbaImage {
  width: number
  height: number
  data: Uint8Array
}

function isOpaque(data: Uint8Array): boolean {
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false
  return true
}

/**
 * Scanlines filtered with Paeth (filter type 4), which suits photos and flat artwork alike; one filter
 * for every row keeps the output identical wherever it is made.
 */
function filteredRows(pixels: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels
  const out = new Uint8Array(height * (stride + 1))
  for (let y = 0; y < height; y++) {
    const row = y * stride
    const above = row - stride
    const at = y * (stride + 1) + 1
    out[at - 1] = 4
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[row + x - channels]! : 0
      const b = y > 0 ? pixels[above + x]! : 0
      const c = y > 0 && x >= channels ? pixels[above + x - channels]! : 0
      // Paeth's predictor: whichever of left, up and up-left is nearest to left + up − up-left.
      const pa = b > c ? b - c : c - b
      const pb = a > c ? a - c : c - a
      const pc = a + b > 2 * c ? a + b - 2 * c : 2 * c - a - b
      const predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
      out[at + x] = (pixels[row + x]! - predicted) & 255
    }
  }
  return out
}

function withoutAlpha(data: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((data.length / 4) * 3)
  for (let i = 0, o = 0; i < data.length; i += 4) {
    rgb[o++] = data[i]!
    rgb[o++] = data[i + 1]!
    rgb[o++] = data[i + 2]!
  }
  return rgb
}

/** An 8-bit PNG of the pixels: RGB when every pixel is opaque, else RGBA. */
export function encodePng({ width, height, data }: RgbaImage): Uint8Array {
  const opaque = isOpaque(data)
  const channels = opaque ? 3 : 4
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header[8] = 8
  header[9] = opaque ? 2 : 6
  const rows = filteredRows(opaque ? withoutAlpha(data) : data, width, height, channels)
  return concatBytes([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlibSync(rows, { level: 6 })),
    pngChunk('IEND', new Uint8Array(0)),
  ])
}
