import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import jpeg from 'jpeg-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDocxExport } from '@node/docxExportFile'
import { planHtmlExport, writeHtmlExport } from '@node/htmlExportFile'
import { encodeJpeg } from '@node/images/jpegCodec'
import { printPhotoCopies, webPhotoCopies } from '@node/images/photoCopies'
import { jpegOrientation } from '@shared/images/jpegOrientation'
import { publishableImage } from '@shared/images/publishableImage'
import type { Report } from '@shared/model/report'
import { defaultWebPhotoSettings } from '@shared/settings/settings'
import * as b from '../../fixtures/builders'
import { withExifOrientation } from '../../fixtures/jpegImage'
import { readPng } from '../../fixtures/readPng'
import { encodePng } from '@shared/images/encodePng'

const dir = mkdtempSync(join(tmpdir(), 'soantin-ban-sao-anh-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A camera-sized photo: a gradient with grain, and a red square in the stored top-left corner. */
async function cameraPhoto(width: number, height: number): Promise<Buffer> {
  const data = new Uint8Array(width * height * 4)
  let seed = 7
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0
      const grain = (seed >>> 24) / 16
      const marker = x < width / 8 && y < height / 8
      data.set(
        marker
          ? [230, 20, 20, 255]
          : [40 + (80 * y) / height + grain, 80 + (100 * x) / width, 120 + grain, 255],
        (y * width + x) * 4,
      )
    }
  }
  return Buffer.from(await encodeJpeg({ width, height, data }, 88))
}

const decode = (bytes: Uint8Array) => jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 1024 })
const isRed = (image: ReturnType<typeof decode>, x: number, y: number) => {
  const at = (y * image.width + x) * 4
  return (image.data[at] ?? 0) > 180 && (image.data[at + 1] ?? 255) < 90
}

function reportWith(photo: Buffer, width = 100): Report {
  const figure = b.figure('anh', 'Quang cảnh hội nghị', 'Quang cảnh hội nghị')
  figure.attrs = { ...figure.attrs, width }
  const r = b.report(b.p('Sáng nay, hội nghị giao ban được tổ chức.'), figure)
  r.assets = { anh: { mime: 'image/jpeg', name: 'Quang cảnh.jpg', data: photo.toString('base64') } }
  return r
}

let camera: Buffer
beforeAll(async () => {
  camera = await cameraPhoto(4000, 3000)
}, 60_000)

describe('web copies of photos', () => {
  it('publish a 12-megapixel photo at the maximum width, in the page and the images folder', async () => {
    const report = reportWith(camera)
    const htmlPath = join(dir, 'bao-cao.html')
    const result = await writeHtmlExport({ report, htmlPath, imagesDir: join(dir, 'bao-cao-anh') })
    expect(result.imageFiles).toHaveLength(1)
    const written = readFileSync(result.imageFiles[0]!)
    const image = decode(written)
    expect([image.width, image.height]).toEqual([1600, 1200])
    // Far lighter than the original, and still the same picture (its marker where it was).
    expect(written.length).toBeLessThan(camera.length / 3)
    expect(isRed(image, 50, 50)).toBe(true)
    expect(isRed(image, 1500, 1100)).toBe(false)
    const html = readFileSync(htmlPath, 'utf8')
    expect(html).toMatch(/<img [^>]*width="1600" height="1200"/)

    // Embedded in the page: the same copy, not the original's 12 megapixels.
    const embedded = await planHtmlExport({ report, htmlPath })
    const page = new TextDecoder().decode(embedded.batch.files.at(-1)!.data)
    const uri = /src="data:image\/jpeg;base64,([^"]+)"/.exec(page)?.[1] ?? ''
    expect(decode(Buffer.from(uri, 'base64')).width).toBe(1600)
  }, 60_000)

  it('follow the unit’s maximum width and JPEG quality', async () => {
    const report = reportWith(camera)
    const narrow = await webPhotoCopies(report, { maxWidthPx: 800, jpegQuality: 82 })
    expect([narrow.get('anh')?.width, narrow.get('anh')?.height]).toEqual([800, 600])
    const low = await webPhotoCopies(report, { maxWidthPx: 1600, jpegQuality: 40 })
    const high = await webPhotoCopies(report, { maxWidthPx: 1600, jpegQuality: 95 })
    expect(low.get('anh')!.bytes.length).toBeLessThan(high.get('anh')!.bytes.length * 0.6)
  }, 60_000)

  it('turn a phone photo upright in the pixels, and the page says the upright shape', async () => {
    const stored = await cameraPhoto(1200, 800)
    // Orientation 6: the camera was turned a quarter clockwise; upright, the photo is 800 × 1200.
    const phone = withExifOrientation(stored, 6)
    const report = reportWith(phone)
    const copy = (await webPhotoCopies(report, defaultWebPhotoSettings())).get('anh')!
    expect([copy.width, copy.height]).toEqual([800, 1200])
    expect(jpegOrientation(copy.bytes)).toBeNull()
    const image = decode(copy.bytes)
    expect([image.width, image.height]).toEqual([800, 1200])
    // The stored top-left corner shows at the top right.
    expect(isRed(image, 760, 40)).toBe(true)
    expect(isRed(image, 40, 40)).toBe(false)
    const out = await planHtmlExport({ report, htmlPath: join(dir, 'dien-thoai.html') })
    const page = new TextDecoder().decode(out.batch.files.at(-1)!.data)
    expect(page).toMatch(/<img [^>]*width="800" height="1200"/)
  }, 60_000)

  it('leave a photo that fits and stands upright as it is, without a second compression', async () => {
    const small = await cameraPhoto(800, 600)
    const report = reportWith(small)
    expect((await webPhotoCopies(report, defaultWebPhotoSettings())).size).toBe(0)
    const result = await writeHtmlExport({
      report,
      htmlPath: join(dir, 'nho.html'),
      imagesDir: join(dir, 'nho-anh'),
    })
    const checked = publishableImage(report.assets.anh!)
    expect(checked.ok && Buffer.from(checked.bytes).equals(readFileSync(result.imageFiles[0]!))).toBe(true)
  }, 60_000)

  it('are made once for a photo shown in many figures', async () => {
    const report = reportWith(camera)
    report.body.content = [
      ...(report.body.content ?? []),
      b.figure('anh', '', 'Lần nữa'),
      b.figure('anh', '', 'Ba'),
    ]
    const result = await writeHtmlExport({
      report,
      htmlPath: join(dir, 'nhieu.html'),
      imagesDir: join(dir, 'nhieu-anh'),
    })
    expect(result.imageFiles).toHaveLength(1)
  }, 60_000)
})

function docxParts(bytes: Uint8Array) {
  const files = unzipSync(bytes)
  const media = Object.entries(files).filter(([path]) => path.startsWith('word/media/'))
  return { media, document: strFromU8(files['word/document.xml']!) }
}

describe('print copies of photos', () => {
  it('put a 4000-pixel photo in the DOCX at about 300 dpi of its printed width, the same size on the page', async () => {
    const report = reportWith(camera)
    // The Decree 30 text width is 165 mm, 6.5 inches: about 1949 pixels at 300 dpi.
    const copy = (await printPhotoCopies(report)).get('anh')!
    expect(Math.abs(copy.width - 1949)).toBeLessThanOrEqual(5)
    expect(copy.height).toBe(Math.round((copy.width * 3000) / 4000))

    const withCopy = docxParts((await buildDocxExport({ report })).bytes)
    expect(withCopy.media).toHaveLength(1)
    const embedded = decode(withCopy.media[0]![1])
    expect([embedded.width, embedded.height]).toEqual([copy.width, copy.height])
    expect(withCopy.media[0]![1].length).toBeLessThan(camera.length / 2)
    // Printed at the same size as the original would be: the full text width.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(withCopy.document)
    expect(Number(extent?.[1]) / 914400).toBeCloseTo(165 / 25.4, 1)
  }, 60_000)

  it('size to the figure’s share of the width, and leave photos near 300 dpi alone', async () => {
    const half = (await printPhotoCopies(reportWith(camera, 50))).get('anh')!
    expect(Math.abs(half.width - 975)).toBeLessThanOrEqual(5)
    const near = await cameraPhoto(2200, 1650)
    expect((await printPhotoCopies(reportWith(near))).size).toBe(0)
  }, 60_000)

  it('are steps of the export’s progress, before the blocks, so the bar moves while they are made', async () => {
    const report = reportWith(camera)
    const phone = withExifOrientation(camera, 3)
    report.assets.xoay = { mime: 'image/jpeg', name: 'Xoay.jpg', data: phone.toString('base64') }
    report.body.content = [...(report.body.content ?? []), b.figure('xoay', '', 'Ảnh xoay')]
    const steps: Array<[number, number]> = []
    await buildDocxExport({ report, onProgress: (done, total) => steps.push([done, total]) })
    // Two photos, three blocks, the packing: six steps, the same total from the first report on.
    expect(new Set(steps.map(([, total]) => total))).toEqual(new Set([6]))
    expect(steps.slice(0, 2)).toEqual([
      [1, 6],
      [2, 6],
    ])
    expect(steps.map(([done]) => done)).toEqual([...steps.map(([done]) => done)].sort((x, y) => x - y))
    expect(steps.at(-1)).toEqual([6, 6])
  }, 60_000)

  it('turn a large phone photo in the pixels, so the drawing carries no rotation', async () => {
    const phone = withExifOrientation(camera, 6)
    const report = reportWith(phone)
    const copy = (await printPhotoCopies(report)).get('anh')!
    // Upright it is portrait; the height cap (60 % of 257 mm) sets its printed size.
    expect(copy.height).toBeGreaterThan(copy.width)
    expect(Math.abs(copy.height - Math.ceil((257 * 0.6 * 300) / 25.4))).toBeLessThanOrEqual(8)
    const parts = docxParts((await buildDocxExport({ report })).bytes)
    const image = decode(parts.media[0]![1])
    expect(image.height).toBeGreaterThan(image.width)
    expect(isRed(image, image.width - 20, 20)).toBe(true)
    expect(parts.document).not.toMatch(/<a:xfrm[^>]* rot="/)
  }, 60_000)
})

/** A large PNG: a gradient, a red marker in the top-left corner, the bottom-right corner transparent. */
function largePng(width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const marker = x < width / 8 && y < height / 8
      const clear = x > (width * 7) / 8 && y > (height * 7) / 8
      data.set(
        marker ? [230, 20, 20, 255] : [(x * 7) & 255, (y * 3) & 255, 90, clear ? 0 : 255],
        (y * width + x) * 4,
      )
    }
  }
  return encodePng({ width, height, data })
}

const rgbaAt = (image: { width: number; data: Uint8Array }, x: number, y: number) => [
  ...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
]

describe('copies of PNG photos (and GIF or WebP ones, published as PNG)', () => {
  const png = largePng(2400, 1600)
  const pngReport = (width = 100) => {
    const r = reportWith(Buffer.alloc(0), width)
    r.assets = { anh: { mime: 'image/png', name: 'So do.png', data: Buffer.from(png).toString('base64') } }
    return r
  }

  it('go on the web at the maximum width as PNG, transparency kept, the page saying the copy’s shape', async () => {
    const report = pngReport()
    const htmlPath = join(dir, 'png.html')
    const result = await writeHtmlExport({ report, htmlPath, imagesDir: join(dir, 'png-anh') })
    expect(result.imageFiles).toHaveLength(1)
    expect(result.imageFiles[0]).toMatch(/\.png$/)
    const image = readPng(readFileSync(result.imageFiles[0]!))
    expect([image.width, image.height]).toEqual([1600, 1067])
    expect(rgbaAt(image, 40, 40)).toEqual([230, 20, 20, 255])
    expect(rgbaAt(image, 1590, 1060)[3]).toBe(0)
    expect(rgbaAt(image, 800, 500)[3]).toBe(255)
    expect(readFileSync(htmlPath, 'utf8')).toMatch(/<img [^>]*width="1600" height="1067"/)
    // One that fits is published as checked: no copy.
    const small = pngReport()
    small.assets.anh!.data = Buffer.from(largePng(900, 600)).toString('base64')
    expect((await webPhotoCopies(small, defaultWebPhotoSettings())).size).toBe(0)
  }, 60_000)

  it('go into the DOCX at about 300 dpi of their printed width, still PNG', async () => {
    const copy = (await printPhotoCopies(pngReport(50))).get('anh')!
    expect(copy.mime).toBe('image/png')
    expect(Math.abs(copy.width - 975)).toBeLessThanOrEqual(5)
    const parts = docxParts((await buildDocxExport({ report: pngReport(50) })).bytes)
    expect(parts.media).toHaveLength(1)
    expect(parts.media[0]![0]).toMatch(/\.png$/)
    const image = readPng(parts.media[0]![1])
    expect([image.width, image.height]).toEqual([copy.width, copy.height])
    expect(rgbaAt(image, 10, 10)).toEqual([230, 20, 20, 255])
  }, 60_000)
})
