// Draws the app icon in code and writes build/icon.png (512×512) and build/icon.ico (16–256 px).
// Usage: npm run icon   (a unit test fails when the committed files differ from what this draws)
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { encodePng } from './lib/png'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where electron-builder looks for the icons (`directories.buildResources`). */
export const ICON_PNG_PATH = join(ROOT, 'build/icon.png')
export const ICON_ICO_PATH = join(ROOT, 'build/icon.ico')

/** Sizes in the Windows icon: the shell picks per DPI, the installer uses 256. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const

type Rgba = readonly [number, number, number, number]

const RED_TOP: Rgba = [0xc0, 0x24, 0x2f, 255]
const RED_BOTTOM: Rgba = [0x8c, 0x14, 0x1f, 255]
const PAPER: Rgba = [0xff, 0xfd, 0xf7, 255]
const GOLD: Rgba = [0xf2, 0xbf, 0x3a, 255]
const HEADLINE: Rgba = [0xb3, 0x20, 0x2a, 255]
const TEXT: Rgba = [0x8d, 0x93, 0x99, 255]

function inRoundRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

const PAGE = { x0: 0.25, y0: 0.15, x1: 0.75, y1: 0.85, fold: 0.15 }

/**
 * The colour at a point of the unit square (y down): a red tile, a sheet of paper with a gold folded
 * corner, a red headline, grey lines of text and a short right-aligned byline, like the reports it makes.
 */
function paint(x: number, y: number): Rgba | null {
  if (!inRoundRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2)) return null
  const { x0, y0, x1, y1, fold } = PAGE
  const onPage = inRoundRect(x, y, x0, y0, x1, y1, 0.025)
  if (onPage && x1 - x + (y - y0) < fold) return lerp(RED_TOP, RED_BOTTOM, y)
  if (onPage) {
    // The folded-over corner: the cut-off triangle mirrored onto the page.
    if (x >= x1 - fold && y <= y0 + fold) return GOLD
    if (x >= 0.32 && x <= 0.57 && y >= 0.24 && y <= 0.31) return HEADLINE
    for (const [top, right] of [
      [0.4, 0.68],
      [0.48, 0.68],
      [0.56, 0.68],
      [0.64, 0.6],
    ] as const) {
      if (x >= 0.32 && x <= right && y >= top && y <= top + 0.035) return TEXT
    }
    if (x >= 0.5 && x <= 0.68 && y >= 0.74 && y <= 0.775) return TEXT
    return PAPER
  }
  return lerp(RED_TOP, RED_BOTTOM, y)
}

function lerp(a: Rgba, b: Rgba, t: number): Rgba {
  return [0, 1, 2, 3].map((i) => (a[i] ?? 0) + ((b[i] ?? 0) - (a[i] ?? 0)) * t) as unknown as Rgba
}

/** Renders the icon at `size`×`size` as straight-alpha RGBA, 4×4 samples per pixel for smooth edges. */
export function renderIcon(size: number): Uint8Array {
  const samples = 4
  const out = new Uint8Array(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
          if (!colour) continue
          const alpha = colour[3] / 255
          r += colour[0] * alpha
          g += colour[1] * alpha
          b += colour[2] * alpha
          a += alpha
        }
      }
      const at = (py * size + px) * 4
      if (a > 0) {
        out[at] = Math.round(r / a)
        out[at + 1] = Math.round(g / a)
        out[at + 2] = Math.round(b / a)
      }
      out[at + 3] = Math.round((a / (samples * samples)) * 255)
    }
  }
  return out
}

/** A PNG file (8-bit RGBA, no filtering, no metadata, so the bytes depend only on the pixels). */
function rgbaPng(width: number, height: number, rgba: Uint8Array): Buffer {
  return encodePng({ width, height, channels: 4, pixels: rgba }, 9)
}

/** A 32-bit BMP image as ICO stores it: header with doubled height, BGRA rows bottom-up, then an AND mask. */
function encodeIcoBitmap(size: number, rgba: Uint8Array): Buffer {
  const maskRow = Math.ceil(size / 32) * 4
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8)
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20)
  const pixels = Buffer.alloc(size * size * 4)
  const mask = Buffer.alloc(maskRow * size)
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = (row * size + x) * 4
      pixels[to] = rgba[from + 2] ?? 0
      pixels[to + 1] = rgba[from + 1] ?? 0
      pixels[to + 2] = rgba[from] ?? 0
      pixels[to + 3] = rgba[from + 3] ?? 0
      // Fully transparent pixels are also masked, for viewers that ignore the alpha channel.
      if (rgba[from + 3] === 0) {
        const at = row * maskRow + (x >> 3)
        mask[at] = (mask[at] ?? 0) | (0x80 >> (x & 7))
      }
    }
  }
  return Buffer.concat([header, pixels, mask])
}

/** A Windows .ico with one image per size: BMP up to 128 px (read everywhere), PNG at 256 px. */
export function encodeIco(images: ReadonlyArray<{ size: number; rgba: Uint8Array }>): Buffer {
  const bodies = images.map(({ size, rgba }) =>
    size >= 256 ? rgbaPng(size, size, rgba) : encodeIcoBitmap(size, rgba),
  )
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size }, i) => {
    const entry = 6 + 16 * i
    const body = bodies[i] ?? Buffer.alloc(0)
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(body.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += body.length
  })
  return Buffer.concat([header, ...bodies])
}

/** The two icon files, byte for byte. */
export function iconFiles(): { png: Buffer; ico: Buffer } {
  return {
    png: rgbaPng(512, 512, renderIcon(512)),
    ico: encodeIco(ICO_SIZES.map((size) => ({ size, rgba: renderIcon(size) }))),
  }
}

function main(): void {
  const { png, ico } = iconFiles()
  mkdirSync(dirname(ICON_PNG_PATH), { recursive: true })
  writeFileSync(ICON_PNG_PATH, png)
  writeFileSync(ICON_ICO_PATH, ico)
  console.log(`Wrote ${ICON_PNG_PATH} (${png.length} bytes) and ${ICON_ICO_PATH} (${ico.length} bytes)`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
