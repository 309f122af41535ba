import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodePng } from '@shared/images/decodePng'
import { encodePng } from '@shared/images/encodePng'
import { pngChunk } from '@shared/images/pngChunk'
import { photoPng } from '../../../fixtures/pngImage'
import { readPng } from '../../../fixtures/readPng'

interface Spec {
  width: number
  height: number
  colour: 0 | 2 | 3 | 4 | 6
  depth: 1 | 2 | 4 | 8 | 16
  interlaced?: boolean
  /** The samples of pixel (x, y) at the file's depth: grey, RGB, an index, grey + alpha, RGBA. */
  samples: (x: number, y: number) => number[]
  palette?: number[]
  transparency?: number[]
}

// Written here from the PNG specification, not imported from pngLayout.ts: a wrong table shared by the
// decoder and its test would pass.
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as const
const PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
]

/**
 * The test's own PNG writer, independent of the app's: packs samples at any depth, lays out Adam7
 * passes, and filters each row with the five filters in turn (so every unfilter path is used).
 */
function writePng(spec: Spec): Buffer {
  const channels = CHANNELS[spec.colour]
  const rows: number[] = []
  const passes = spec.interlaced ? PASSES : [[0, 0, 1, 1]]
  let rowIndex = 0
  for (const [x0, y0, dx, dy] of passes as [number, number, number, number][]) {
    const xs: number[] = []
    for (let x = x0; x < spec.width; x += dx) xs.push(x)
    if (xs.length === 0) continue
    let above: number[] | null = null
    for (let y = y0; y < spec.height; y += dy) {
      const bits: number[] = []
      for (const x of xs) {
        const s = spec.samples(x, y)
        if (s.length !== channels) throw new Error('sample count')
        for (const v of s) bits.push(v)
      }
      const line: number[] = []
      if (spec.depth >= 8) {
        for (const v of bits) {
          if (spec.depth === 16) line.push(v >> 8, v & 255)
          else line.push(v)
        }
      } else {
        let byte = 0
        let used = 0
        for (const v of bits) {
          byte = (byte << spec.depth) | v
          used += spec.depth
          if (used === 8) {
            line.push(byte)
            byte = 0
            used = 0
          }
        }
        if (used > 0) line.push(byte << (8 - used))
      }
      const bpp = Math.max(1, (channels * spec.depth) >> 3)
      const filter = rowIndex++ % 5
      const up = above ?? new Array<number>(line.length).fill(0)
      rows.push(filter)
      line.forEach((v, i) => {
        const a = i >= bpp ? line[i - bpp]! : 0
        const b = up[i]!
        const c = i >= bpp ? up[i - bpp]! : 0
        const p = a + b - c
        const paeth =
          Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
            ? a
            : Math.abs(p - b) <= Math.abs(p - c)
              ? b
              : c
        const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!
        rows.push((v - predicted) & 255)
      })
      above = line
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(spec.width, 0)
  header.writeUInt32BE(spec.height, 4)
  header[8] = spec.depth
  header[9] = spec.colour
  header[12] = spec.interlaced ? 1 : 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...(spec.palette ? [pngChunk('PLTE', Uint8Array.from(spec.palette))] : []),
    ...(spec.transparency ? [pngChunk('tRNS', Uint8Array.from(spec.transparency))] : []),
    pngChunk('IDAT', deflateSync(Buffer.from(rows))),
    pngChunk('IEND', new Uint8Array(0)),
  ])
}

const pixel = (image: { width: number; data: Uint8Array }, x: number, y: number) => [
  ...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
]

describe('decodePng', () => {
  it('reads what the app’s encoder writes, pixel for pixel (RGB and RGBA)', () => {
    const photo = photoPng(37, 23, 5)
    expect(decodePng(photo)).toEqual(readPng(photo))
    const data = new Uint8Array(9 * 4 * 4)
    for (let i = 0; i < data.length; i++) data[i] = (i * 37) & 255
    const rgba = { width: 9, height: 4, data }
    expect(decodePng(encodePng(rgba))).toEqual(rgba)
  })

  it.each([false, true])(
    'reads 8- and 16-bit RGB, RGBA, grey and grey + alpha (interlaced: %s)',
    (interlaced) => {
      const size = { width: 13, height: 11, interlaced }
      const rgb16 = decodePng(
        writePng({ ...size, colour: 2, depth: 16, samples: (x, y) => [x * 5000, y * 5000, 65535] }),
      )!
      expect(pixel(rgb16, 12, 10)).toEqual([(12 * 5000) >> 8, (10 * 5000) >> 8, 255, 255])
      const rgba = decodePng(
        writePng({ ...size, colour: 6, depth: 8, samples: (x, y) => [x, y, x + y, 200] }),
      )!
      expect(pixel(rgba, 7, 3)).toEqual([7, 3, 10, 200])
      expect(pixel(rgba, 0, 10)).toEqual([0, 10, 10, 200])
      const grey = decodePng(writePng({ ...size, colour: 0, depth: 8, samples: (x) => [x * 10] }))!
      expect(pixel(grey, 5, 9)).toEqual([50, 50, 50, 255])
      const greyAlpha = decodePng(
        writePng({ ...size, colour: 4, depth: 16, samples: (x, y) => [x * 4000, y * 6000] }),
      )!
      expect(pixel(greyAlpha, 3, 6)).toEqual([
        (3 * 4000) >> 8,
        (3 * 4000) >> 8,
        (3 * 4000) >> 8,
        (6 * 6000) >> 8,
      ])
    },
  )

  it.each([1, 2, 4] as const)('reads %i-bit grey and palettes, with tRNS transparency', (depth) => {
    const max = (1 << depth) - 1
    const size = { width: 19, height: 7, interlaced: depth === 2 }
    const grey = decodePng(
      writePng({ ...size, colour: 0, depth, samples: (x) => [x % (max + 1)], transparency: [0, max] }),
    )!
    const level = (v: number) => Math.round((v * 255) / max)
    expect(pixel(grey, 1, 0)).toEqual([level(1), level(1), level(1), max === 1 ? 0 : 255])
    expect(pixel(grey, max, 4)).toEqual([255, 255, 255, 0])
    const palette = [10, 20, 30, 40, 50, 60, 70, 80, 90]
    const alpha = [255, 128]
    const colours = Math.min(3, max + 1)
    const index = (x: number, y: number) => (x + y) % colours
    const indexed = decodePng(
      writePng({ ...size, colour: 3, depth, samples: (x, y) => [index(x, y)], palette, transparency: alpha }),
    )!
    for (const [x, y] of [
      [0, 0],
      [1, 0],
      [1, 1],
      [18, 6],
    ] as const) {
      const i = index(x, y)
      expect(pixel(indexed, x, y)).toEqual([...palette.slice(i * 3, i * 3 + 3), alpha[i] ?? 255])
    }
    expect(pixel(indexed, 1, 0)).toEqual([40, 50, 60, 128])
  })

  it('reads the RGB transparent colour of tRNS', () => {
    const png = writePng({
      width: 4,
      height: 2,
      colour: 2,
      depth: 8,
      samples: (x) => (x === 2 ? [1, 2, 3] : [9, 9, 9]),
      transparency: [0, 1, 0, 2, 0, 3],
    })
    const image = decodePng(png)!
    expect(pixel(image, 2, 1)).toEqual([1, 2, 3, 0])
    expect(pixel(image, 1, 1)).toEqual([9, 9, 9, 255])
  })

  it('gives null, never a wrong picture, for data that is short, filtered wrong or indexed past its palette', () => {
    const good = writePng({ width: 8, height: 8, colour: 2, depth: 8, samples: () => [1, 2, 3] })
    expect(decodePng(good)).not.toBeNull()
    const short = writePng({ width: 8, height: 9, colour: 2, depth: 8, samples: () => [1, 2, 3] })
    // The header says nine rows; the data of eight follows.
    const lie = Buffer.concat([short.subarray(0, 33), good.subarray(33)])
    expect(decodePng(lie)).toBeNull()
    const greyHeader = writePng({ width: 2, height: 1, colour: 0, depth: 8, samples: () => [0] }).subarray(
      0,
      33,
    )
    // Filter type 9 does not exist.
    const rows = Buffer.from([9, 0, 0])
    const withBadFilter = Buffer.concat([
      greyHeader,
      pngChunk('IDAT', deflateSync(rows)),
      pngChunk('IEND', new Uint8Array(0)),
    ])
    expect(decodePng(withBadFilter)).toBeNull()
    const pastPalette = writePng({
      width: 2,
      height: 1,
      colour: 3,
      depth: 8,
      samples: () => [5],
      palette: [1, 2, 3],
    })
    expect(decodePng(pastPalette)).toBeNull()
  })

  it('inflates no more than the picture it declares, so a compressed bomb stays small', () => {
    const header = Buffer.alloc(13)
    header.writeUInt32BE(4, 0)
    header.writeUInt32BE(4, 4)
    header[8] = 8
    header[9] = 0
    // 64 MB of zeros behind a 4 × 4 grey header: the 20 bytes it needs are read, nothing more is held.
    const bomb = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(Buffer.alloc(64 * 1024 * 1024))),
      pngChunk('IEND', new Uint8Array(0)),
    ])
    const before = process.memoryUsage().arrayBuffers
    const image = decodePng(bomb)
    expect(image).toEqual({
      width: 4,
      height: 4,
      data: Uint8Array.from({ length: 64 }, (_, i) => (i % 4 === 3 ? 255 : 0)),
    })
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024)
  })
})
