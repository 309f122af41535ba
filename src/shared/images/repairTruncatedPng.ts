import { Unzlib, zlibSync } from 'fflate'
import { asciiAt } from './asciiAt'
import { crc32 } from './crc32'
import { concatBytes, PNG_SIGNATURE, pngChunk } from './pngChunk'
import { ADAM7, PNG_CHANNELS, u32 } from './pngLayout'

/** Raw pixel data above this is not rebuilt (a placeholder is safer than hundreds of megabytes). */
const MAX_RAW_BYTES = 64 * 1024 * 1024

interface Chunk {
  type: string
  data: Uint8Array
}

/** The whole, checksummed chunks before the file was cut (IEND is never among them). */
function wholeChunks(b: Uint8Array): Chunk[] {
  const chunks: Chunk[] = []
  let at = 8
  while (at + 12 <= b.length) {
    const length = u32(b, at)
    const end = at + 8 + length
    if (end + 4 > b.length || crc32(b, at + 4, end) !== u32(b, end)) break
    const type = asciiAt(b, at + 4)
    if (type === 'IEND') break
    chunks.push({ type, data: b.subarray(at + 8, end) })
    at = end + 4
  }
  return chunks
}

/** Byte length of each scanline (filter byte included), in the order they are stored. */
function rowLengths(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number[] {
  const passes = interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const)
  const rows: number[] = []
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx)
    const h = Math.ceil((height - y0) / dy)
    if (w <= 0 || h <= 0) continue
    for (let y = 0; y < h; y++) rows.push(1 + Math.ceil((w * bitsPerPixel) / 8))
  }
  return rows
}

/**
 * Rebuilds a PNG that was cut short into a whole one: the scanlines its intact IDAT chunks hold, then
 * the missing rows left blank (transparent when the image has alpha, else white), as a browser shows
 * such a file. Returns null when there is not one whole row to keep, or the image is too large.
 */
export function repairTruncatedPng(bytes: Uint8Array): Uint8Array | null {
  const chunks = wholeChunks(bytes)
  const header = chunks[0]
  if (header?.type !== 'IHDR' || header.data.length !== 13) return null
  const width = u32(header.data, 0)
  const height = u32(header.data, 4)
  const depth = header.data[8] ?? 0
  const colour = header.data[9] ?? 0
  const channels = PNG_CHANNELS[colour]
  if (!channels || width === 0 || height === 0) return null
  const rows = rowLengths(width, height, channels * depth, header.data[12] === 1)
  const rawLength = rows.reduce((sum, n) => sum + n, 0)
  if (rawLength > MAX_RAW_BYTES) return null

  const raw = new Uint8Array(rawLength)
  let filled = 0
  const inflater = new Unzlib((data) => {
    const room = rawLength - filled
    raw.set(room < data.length ? data.subarray(0, room) : data, filled)
    filled += Math.min(room, data.length)
  })
  try {
    for (const chunk of chunks) if (chunk.type === 'IDAT') inflater.push(chunk.data, false)
  } catch {
    // The stream is damaged past some point: keep what came out before it.
  }
  // Keep whole scanlines only; a half row would be unfiltered against the wrong bytes.
  let kept = 0
  let keptRows = 0
  while (keptRows < rows.length && kept + rows[keptRows]! <= filled) kept += rows[keptRows++]!
  if (keptRows === 0) return null
  // White for grey and RGB; zero is transparent with alpha, and the first palette entry otherwise.
  const blank = colour === 0 || colour === 2 ? 0xff : 0x00
  let at = kept
  for (let r = keptRows; r < rows.length; r++) {
    raw[at] = 0 // filter "None": the blank bytes are the pixels themselves
    raw.fill(blank, at + 1, at + rows[r]!)
    at += rows[r]!
  }

  const parts = [PNG_SIGNATURE, pngChunk('IHDR', header.data)]
  let wroteData = false
  for (const chunk of chunks.slice(1)) {
    if (chunk.type !== 'IDAT') parts.push(pngChunk(chunk.type, chunk.data))
    else if (!wroteData) {
      parts.push(pngChunk('IDAT', zlibSync(raw, { level: 6 })))
      wroteData = true
    }
  }
  parts.push(pngChunk('IEND', new Uint8Array(0)))
  return concatBytes(parts)
}
