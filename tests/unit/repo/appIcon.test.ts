import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crc32 } from '../../../scripts/lib/png'
import { ICO_SIZES, ICON_ICO_PATH, ICON_PNG_PATH, iconFiles } from '../../../scripts/make-icon'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

interface Png {
  width: number
  height: number
  colourType: number
  pixels: Buffer
}

/** Reads a PNG written without filters, checking every chunk's CRC on the way. */
function readPng(file: Buffer): Png {
  expect(file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  let at = 8
  let header: Buffer | undefined
  const data: Buffer[] = []
  while (at < file.length) {
    const length = file.readUInt32BE(at)
    const type = file.toString('latin1', at + 4, at + 8)
    const body = file.subarray(at + 8, at + 8 + length)
    expect(file.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(
      crc32(file.subarray(at + 4, at + 8 + length)),
    )
    if (type === 'IHDR') header = body
    if (type === 'IDAT') data.push(body)
    at += length + 12
  }
  if (!header) throw new Error('no IHDR')
  const width = header.readUInt32BE(0)
  const height = header.readUInt32BE(4)
  const rows = inflateSync(Buffer.concat(data))
  expect(rows.length).toBe((width * 4 + 1) * height)
  const pixels = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)], 'filter type').toBe(0)
    rows.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1))
  }
  return { width, height, colourType: header[9] ?? -1, pixels }
}

const committedPng = readFileSync(ICON_PNG_PATH)
const committedIco = readFileSync(ICON_ICO_PATH)

describe('app icon (build/icon.png, build/icon.ico)', () => {
  it('is exactly what scripts/make-icon.ts draws (run `npm run icon` after changing it)', () => {
    const drawn = iconFiles()
    expect(drawn.png.equals(committedPng)).toBe(true)
    expect(drawn.ico.equals(committedIco)).toBe(true)
  })

  it('is a valid 512×512 RGBA PNG with a transparent margin and a drawn picture', () => {
    const png = readPng(committedPng)
    expect([png.width, png.height, png.colourType]).toEqual([512, 512, 6])
    const alpha = (x: number, y: number) => png.pixels[(y * 512 + x) * 4 + 3]
    expect(alpha(0, 0)).toBe(0)
    expect(alpha(511, 511)).toBe(0)
    expect(alpha(256, 256)).toBe(255)
    const colours = new Set<number>()
    for (let i = 0; i < png.pixels.length; i += 4) colours.add(png.pixels.readUInt32BE(i))
    expect(colours.size).toBeGreaterThan(50)
  })

  it('holds every Windows size, each image where the directory says and of the size it says', () => {
    const ico = committedIco
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length])
    let end = 6 + 16 * ICO_SIZES.length
    ICO_SIZES.forEach((size, i) => {
      const entry = 6 + 16 * i
      expect(ico[entry] || 256).toBe(size)
      expect(ico[entry + 1] || 256).toBe(size)
      expect(ico.readUInt16LE(entry + 6)).toBe(32)
      const length = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      expect(offset).toBe(end)
      end = offset + length
      const image = ico.subarray(offset, offset + length)
      if (size === 256) {
        const png = readPng(image)
        expect([png.width, png.height]).toEqual([256, 256])
      } else {
        expect(image.readUInt32LE(0)).toBe(40)
        expect([image.readInt32LE(4), image.readInt32LE(8), image.readUInt16LE(14)]).toEqual([
          size,
          size * 2,
          32,
        ])
        expect(length).toBe(40 + size * size * 4 + Math.ceil(size / 32) * 4 * size)
      }
    })
    expect(end).toBe(ico.length)
  })
})
