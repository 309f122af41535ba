import { crc32 as zlibCrc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { checkPng } from '@shared/images/checkPng'
import { repairTruncatedPng } from '@shared/images/repairTruncatedPng'
import * as b from '../../../../fixtures/builders'
import { photoPng } from '../../../../fixtures/pngImage'
import { DOCX_CASE } from '../../../../fixtures/goldenCases'
import { exportAndOpen } from './docxXml'

interface PngChunk {
  type: string
  data: Buffer
}

function chunksOf(png: Buffer): PngChunk[] {
  const chunks: PngChunk[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) })
    at += 12 + length
  }
  return chunks
}

function encodeChunk({ type, data }: PngChunk): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlibCrc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** The same picture with its compressed data spread over IDAT chunks of `size` bytes, as libpng writes. */
function withIdatsOf(png: Buffer, size: number): Buffer {
  const chunks = chunksOf(png)
  const data = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data))
  const idats: PngChunk[] = []
  for (let at = 0; at < data.length; at += size)
    idats.push({ type: 'IDAT', data: data.subarray(at, at + size) })
  const [ihdr, ...rest] = chunks.filter((c) => c.type !== 'IDAT')
  return Buffer.concat([png.subarray(0, 8), ...[ihdr!, ...idats, ...rest].map(encodeChunk)])
}

/** Decoded scanlines (filter byte first) of a PNG whose rows all use filter 0, as the fixtures write them. */
function scanlines(png: Buffer, width: number): Buffer[] {
  const raw = inflateSync(
    Buffer.concat(
      chunksOf(png)
        .filter((c) => c.type === 'IDAT')
        .map((c) => c.data),
    ),
  )
  const stride = 1 + width * 3
  return Array.from({ length: raw.length / stride }, (_, y) => raw.subarray(y * stride, (y + 1) * stride))
}

describe('a PNG cut short (a copy that did not finish)', () => {
  const whole = withIdatsOf(photoPng(200, 150, 7), 4096)
  const cut = whole.subarray(0, Math.floor(whole.length * 0.6))

  it('is told apart from a damaged file: whole checksummed IDATs before the cut', () => {
    expect(chunksOf(whole).filter((c) => c.type === 'IDAT').length).toBeGreaterThan(5)
    expect(checkPng(cut)).toEqual({ ok: false, problem: 'truncated', width: 200, height: 150 })
    // Cut inside its first and only IDAT: nothing verified to keep.
    const single = photoPng(200, 150, 7)
    expect(checkPng(single.subarray(0, single.length - 40))).toEqual({ ok: false, problem: 'corrupt' })
    // A flipped byte inside a whole chunk is damage, not truncation.
    const damaged = Buffer.from(cut)
    damaged[200] = (damaged[200] ?? 0) ^ 0xff
    expect(checkPng(damaged)).toEqual({ ok: false, problem: 'corrupt' })
  })

  it('is rebuilt whole: the rows it holds as they were, the missing rows white', () => {
    const repaired = Buffer.from(repairTruncatedPng(cut) ?? new Uint8Array())
    expect(checkPng(repaired)).toMatchObject({ ok: true, width: 200, height: 150 })
    const original = scanlines(whole, 200)
    const rows = scanlines(repaired, 200)
    expect(rows).toHaveLength(150)
    const kept = rows.findIndex((row, y) => !row.equals(original[y]!))
    // Most of the first 60 % of the compressed data decodes; the rest of the picture is blank.
    expect(kept).toBeGreaterThan(150 * 0.4)
    expect(kept).toBeLessThan(150)
    for (const row of rows.slice(kept)) {
      expect(row[0]).toBe(0)
      expect(row.subarray(1).every((v) => v === 0xff)).toBe(true)
    }
  })

  it('refuses to rebuild what holds no whole row', () => {
    const head = whole.subarray(0, 8 + 25 + 12 + 10)
    expect(repairTruncatedPng(head)).toBeNull()
  })

  it('goes into the DOCX as a picture with a warning, not as a placeholder', async () => {
    const report = b.reportWith(
      { ...DOCX_CASE, assets: { cut: b.asset('image/png', cut, 'dien-thoai.png') } },
      b.figure('cut', '', 'Ảnh chép dở'),
    )
    const { document, parts, warnings } = await exportAndOpen(report)
    expect(warnings.map((w) => w.code)).toEqual(['image-truncated'])
    expect(warnings[0]?.message).toMatch(/^Ảnh thứ 1 \("dien-thoai.png"\) bị cắt cụt/)
    expect(document).toContain('<w:drawing>')
    expect(document).not.toContain('không hiển thị được')
    const media = [...parts].filter(([name]) => name.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    expect(checkPng(media[0]![1])).toMatchObject({ ok: true, width: 200, height: 150, unchanged: true })
  })
})
