import { describe, expect, it } from 'vitest'
import type { RgbaImage } from '@shared/images/encodePng'
import { orientAndShrink, uprightSize } from '@shared/images/orientAndShrink'

/** A 3 × 2 picture whose six pixels are told apart by their red value (10, 20, … 60, row by row). */
function numbered(): RgbaImage {
  const width = 3
  const height = 2
  const data = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([(i + 1) * 10, 0, 0, 255], i * 4)
  return { width, height, data }
}

const red = (image: RgbaImage, x: number, y: number) => image.data[(y * image.width + x) * 4]

/**
 * Where the stored top-left (10) and top-right (30) pixels show, upright, read from the TIFF 6.0
 * meaning of each value ("0th row is the visual …, 0th column is the visual …").
 */
const CORNERS: Record<number, { topLeft: string; topRight: string }> = {
  1: { topLeft: 'TL', topRight: 'TR' }, // row top, column left
  2: { topLeft: 'TR', topRight: 'TL' }, // row top, column right
  3: { topLeft: 'BR', topRight: 'BL' }, // row bottom, column right
  4: { topLeft: 'BL', topRight: 'BR' }, // row bottom, column left
  5: { topLeft: 'TL', topRight: 'BL' }, // row left, column top
  6: { topLeft: 'TR', topRight: 'BR' }, // row right, column top
  7: { topLeft: 'BR', topRight: 'TR' }, // row right, column bottom
  8: { topLeft: 'BL', topRight: 'TL' }, // row left, column bottom
}

function corner(image: RgbaImage, name: string): number | undefined {
  const x = name[1] === 'L' ? 0 : image.width - 1
  const y = name[0] === 'T' ? 0 : image.height - 1
  return red(image, x, y)
}

describe('orientAndShrink', () => {
  for (const [value, expected] of Object.entries(CORNERS)) {
    const orientation = Number(value)
    it(`turns EXIF orientation ${orientation} upright in the pixels`, () => {
      const upright = orientAndShrink(numbered(), orientation, 10)
      const sideways = orientation >= 5
      expect([upright.width, upright.height]).toEqual(sideways ? [2, 3] : [3, 2])
      expect(corner(upright, expected.topLeft)).toBe(10)
      expect(corner(upright, expected.topRight)).toBe(30)
      // Nothing lost or repeated: the six values, in some order.
      const values = Array.from({ length: 6 }, (_, i) => upright.data[i * 4])
      expect([...values].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([10, 20, 30, 40, 50, 60])
    })
  }

  it('averages the area each new pixel covers', () => {
    // One row 0, 90, 180 shrunk to two pixels: each covers one and a half of the old ones.
    const image = { width: 3, height: 1, data: new Uint8Array([0, 0, 0, 255, 90, 0, 0, 255, 180, 0, 0, 255]) }
    const out = orientAndShrink(image, 1, 2)
    expect([out.width, out.height]).toEqual([2, 1])
    expect(red(out, 0, 0)).toBe(30) // (0 + 90 / 2) / 1.5
    expect(red(out, 1, 0)).toBe(150) // (90 / 2 + 180) / 1.5
    expect(out.data[3]).toBe(255)
  })

  it('keeps blocks of colour exact when the scale is whole, down the rows as across', () => {
    // 4 × 4 of 2 × 2 blocks: 0 and 200 in a checker, shrunk to 2 × 2.
    const data = new Uint8Array(64)
    for (let y = 0; y < 4; y++) {
      for (let x = 0; x < 4; x++) data.set([((x >> 1) + (y >> 1)) % 2 ? 200 : 0, 0, 0, 255], (y * 4 + x) * 4)
    }
    const out = orientAndShrink({ width: 4, height: 4, data }, 1, 2)
    expect([red(out, 0, 0), red(out, 1, 0), red(out, 0, 1), red(out, 1, 1)]).toEqual([0, 200, 200, 0])
  })

  it('writes every row when the scale is not whole (3000 rows into 2133)', () => {
    const width = 4
    const height = 3000
    const data = new Uint8Array(width * height * 4).fill(200)
    const out = orientAndShrink({ width, height, data }, 6, 2133)
    expect([out.width, out.height]).toEqual([2133, 3])
    // No row left black by a missed edge: every pixel is the source's colour.
    expect(out.data.every((v) => v === 200)).toBe(true)
  })

  it('never enlarges, and keeps the aspect', () => {
    const out = orientAndShrink(numbered(), 1, 300)
    expect([out.width, out.height]).toEqual([3, 2])
    const data = new Uint8Array(400 * 300 * 4)
    const half = orientAndShrink({ width: 400, height: 300, data }, 8, 150)
    expect([half.width, half.height]).toEqual([150, 200])
  })

  it('gives the upright size without decoding', () => {
    expect(uprightSize({ width: 4000, height: 3000 }, 6)).toEqual({ width: 3000, height: 4000 })
    expect(uprightSize({ width: 4000, height: 3000 }, 3)).toEqual({ width: 4000, height: 3000 })
  })
})
