import { crc32 as zlibCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import type { Asset } from '@shared/model/assets'
import type { Report } from '@shared/model/report'
import * as b from '../../../fixtures/builders'
import { gifFixture, webpFixture } from '../../../fixtures/convertibleImages'
import { DOCX_CASE } from '../../../fixtures/goldenCases'
import { photoJpeg } from '../../../fixtures/jpegImage'
import { photoPng } from '../../../fixtures/pngImage'
import {
  gifScriptPolyglot,
  HTML_PAGE,
  jpegWithPayloads,
  pngThenHtml,
  pngWithTextChunk,
} from '../../../fixtures/polyglotImages'
import { exportDocx } from '../../../helpers/exportDocx'
import { unzipDocx } from './docx/docxPackage'

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const asset = (mime: Asset['mime'], bytes: Uint8Array | string, name = 'anh.bin'): Asset => ({
  mime,
  data: typeof bytes === 'string' ? bytes : base64(bytes),
  name,
})

function pngDeclaring(width: number, height: number): Buffer {
  const png = Buffer.from(photoPng(8, 8))
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(zlibCrc32(png.subarray(12, 29)), 29)
  return png
}

const cutPng = (() => {
  const png = photoPng(60, 40, 3)
  return png.subarray(0, png.length - 40)
})()

/** Good, damaged, hostile and polyglot photos, and whether an export may show each one. */
const CASES: Array<[string, Asset, boolean]> = [
  ['a whole PNG', asset('image/png', photoPng(40, 30, 1)), true],
  ['a whole JPEG', asset('image/jpeg', photoJpeg(40, 24, 1)), true],
  ['a PNG followed by an HTML page', asset('image/png', pngThenHtml().bytes), true],
  ['a PNG with a script in a text chunk', asset('image/png', pngWithTextChunk().bytes), true],
  ['a JPEG with scripts in COM, APP13 and after EOI', asset('image/jpeg', jpegWithPayloads().bytes), true],
  ['a GIF that is also a script', asset('image/gif', gifScriptPolyglot().bytes), true],
  ['a GIF', asset('image/gif', gifFixture().bytes), true],
  ['a WebP', asset('image/webp', webpFixture('lossy')), true],
  [
    'a PNG in base64 with CRLF line breaks',
    asset('image/png', base64(photoPng(20, 10, 2)).replace(/(.{76})/g, '$1\r\n')),
    true,
  ],
  ['an HTML page labelled PNG', asset('image/png', Buffer.from(HTML_PAGE)), false],
  ['an SVG labelled PNG', asset('image/png', Buffer.from('<svg onload="alert(1)"/>')), false],
  ['a PNG cut inside its only IDAT', asset('image/png', cutPng), false],
  ['a PNG declaring 100,000 × 100,000 pixels', asset('image/png', pngDeclaring(100_000, 100_000)), false],
  ['an animated WebP', asset('image/webp', webpFixture('animated')), false],
  [
    'a WebP header with no picture',
    asset('image/webp', Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1')),
    false,
  ],
  ['text that is not base64', asset('image/png', 'iVBORw0KGgo" onerror="alert(1)'), false],
]

const photoReport = (assets: Record<string, Asset>, ...ids: string[]): Report =>
  b.reportWith({ ...DOCX_CASE, assets }, ...ids.map((id, i) => b.figure(id, '', `Ảnh ${i + 1}`)))

const media = (docx: Uint8Array) =>
  [...unzipDocx(docx)].filter(([name]) => name.startsWith('word/media/')).map(([, data]) => data)

describe('one rule for the photos both exports publish', () => {
  it.each(CASES)('%s: DOCX and HTML decide alike and write the same bytes', async (_name, photo, shown) => {
    const report = photoReport({ p: photo }, 'p')
    const docx = await exportDocx(report)
    const html = exportHtml(report, { images: { kind: 'files', folderUrl: 'anh' } })
    const page = exportHtml(report)
    const inDocx = media(docx.bytes)
    expect(inDocx.length === 1, 'in the DOCX').toBe(shown)
    expect(html.images.length === 1, 'as a file beside the page').toBe(shown)
    expect(page.html.includes('<img'), 'embedded in the page').toBe(shown)
    if (!shown) return
    const file = Buffer.from(html.images[0]!.bytes)
    expect(file.equals(inDocx[0]!)).toBe(true)
    const embedded = /<img src="data:([^;]+);base64,([^"]+)"/.exec(page.html)
    expect(embedded?.[1]).toBe(html.images[0]!.mime)
    expect(Buffer.from(embedded?.[2] ?? '', 'base64').equals(file)).toBe(true)
    expect(file.toString('latin1')).not.toMatch(/<script|<html|alert\(|Photoshop/)
  })

  it('writes one file for a photo shown by 300 figures and stored under two ids', () => {
    const photo = asset('image/jpeg', photoJpeg(64, 48, 3), 'hoi-nghi.jpg')
    const ids = Array.from({ length: 300 }, (_, i) => (i % 2 ? 'a' : 'b'))
    const report = photoReport({ a: photo, b: { ...photo, name: 'ban-sao.jpg' } }, ...ids, 'c')
    report.assets.c = asset('image/png', photoPng(20, 20, 4), 'khac.png')
    const out = exportHtml(report, { images: { kind: 'files', folderUrl: 'anh' } })
    expect(out.images.map((i) => i.fileName)).toEqual(['01-ban-sao.jpg', '02-khac.png'])
    const srcs = [...out.html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1])
    expect(srcs).toHaveLength(301)
    expect(new Set(srcs)).toEqual(new Set(['anh/01-ban-sao.jpg', 'anh/02-khac.png']))
  })

  it('puts one media part in the DOCX for 300 figures of one 1 MB photo', async () => {
    const photo = photoPng(720, 640, 5, 255)
    expect(photo.length).toBeGreaterThan(1_000_000)
    const ids = Array.from({ length: 300 }, () => 'p')
    const docx = await exportDocx(photoReport({ p: asset('image/png', photo) }, ...ids))
    const document = unzipDocx(docx.bytes).get('word/document.xml')!.toString()
    expect(document.match(/<w:drawing>/g)).toHaveLength(300)
    expect(media(docx.bytes)).toHaveLength(1)
    expect(docx.bytes.length).toBeLessThan(photo.length + 200_000)
  })
})
