import { crc32 as zlibCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { checkJpeg } from '@shared/images/checkJpeg'
import { checkPng } from '@shared/images/checkPng'
import { MAX_IMAGE_PIXELS } from '@shared/images/declaredImageSize'
import { jpegOrientation } from '@shared/images/jpegOrientation'
import { publishableImage, type PublishableImage } from '@shared/images/publishableImage'
import type { Asset } from '@shared/model/assets'
import { gifFixture, sourcePixels, webpFixture } from '../../../fixtures/convertibleImages'
import { photoJpeg, withExifOrientation } from '../../../fixtures/jpegImage'
import { photoPng } from '../../../fixtures/pngImage'
import {
  gifScriptPolyglot,
  HTML_PAGE,
  jpegWithPayloads,
  parsesAsScript,
  pngChunk,
  pngThenHtml,
  pngWithTextChunk,
} from '../../../fixtures/polyglotImages'
import { readPng } from '../../../fixtures/readPng'

const asset = (mime: Asset['mime'], bytes: Uint8Array): Asset => ({
  mime,
  data: Buffer.from(bytes).toString('base64'),
  name: 'anh',
})

function published(mime: Asset['mime'], bytes: Uint8Array): PublishableImage & { ok: true } {
  const out = publishableImage(asset(mime, bytes))
  if (!out.ok) throw new Error(`refused: ${out.problem}`)
  return out
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')

/** The entropy-coded data of a JPEG: from the end of its first SOS header to EOI. */
function scanData(jpeg: Uint8Array): Buffer {
  const b = Buffer.from(jpeg)
  const sos = b.indexOf(Buffer.from([0xff, 0xda]))
  return b.subarray(sos + 2 + b.readUInt16BE(sos + 2), b.lastIndexOf(Buffer.from([0xff, 0xd9])))
}

describe('a photo leaves the app as an image and only an image', () => {
  it('publishes a clean PNG and JPEG byte for byte', () => {
    const png = photoPng(30, 20, 4)
    expect(published('image/png', png)).toMatchObject({
      mime: 'image/png',
      width: 30,
      height: 20,
      unchanged: true,
    })
    expect(Buffer.from(published('image/png', png).bytes).equals(png)).toBe(true)
    const jpeg = photoJpeg(40, 24, 4)
    expect(Buffer.from(published('image/jpeg', jpeg).bytes).equals(jpeg)).toBe(true)
  })

  it('drops an HTML page after IEND and a script in a text chunk, keeping every pixel', () => {
    for (const { bytes, clean } of [pngThenHtml(), pngWithTextChunk()]) {
      expect(text(bytes)).toContain('<script>')
      const out = published('image/png', bytes)
      expect(text(out.bytes)).not.toContain('<script')
      expect(text(out.bytes)).not.toContain('<html')
      expect(Buffer.from(out.bytes).equals(clean)).toBe(true)
      expect(readPng(out.bytes)).toEqual(readPng(clean))
      expect(checkPng(out.bytes)).toMatchObject({ ok: true, unchanged: true })
    }
  })

  it('drops a JPEG comment, a private APP segment and what follows EOI, keeping the scan', () => {
    const { bytes, clean } = jpegWithPayloads()
    const out = published('image/jpeg', bytes)
    expect(text(out.bytes)).not.toContain('script')
    expect(text(out.bytes)).not.toContain('Photoshop')
    expect([...out.bytes.subarray(-2)]).toEqual([0xff, 0xd9])
    expect(scanData(out.bytes).equals(scanData(clean))).toBe(true)
    expect(Buffer.from(out.bytes).equals(clean)).toBe(true)
    // Cleaned once, it is clean: a second pass finds nothing to drop.
    expect(checkJpeg(out.bytes)).toMatchObject({ ok: true, unchanged: true, width: 32, height: 24 })
  })

  it('keeps only the orientation of a phone photo’s EXIF', () => {
    const turned = withExifOrientation(photoJpeg(32, 24, 5), 6, true)
    // An XMP packet after the EXIF segment, with a place the photo was taken.
    const xmp = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPS 21.0285N</x:xmpmeta>', 'latin1')
    const afterExif = 4 + turned.readUInt16BE(4)
    const exifWithGps = Buffer.concat([
      turned.subarray(0, afterExif),
      Buffer.from([0xff, 0xe1, (xmp.length + 2) >> 8, (xmp.length + 2) & 0xff]),
      xmp,
      turned.subarray(afterExif),
    ])
    for (const bytes of [turned, exifWithGps]) {
      const out = published('image/jpeg', bytes)
      expect(jpegOrientation(out.bytes)?.value).toBe(6)
      expect(text(out.bytes)).not.toContain('GPS')
      expect(checkJpeg(out.bytes)).toMatchObject({ ok: true, width: 32, height: 24 })
    }
  })

  it('publishes a GIF that is also a script as the PNG of its pixels, which is no script', () => {
    const { bytes, pixels } = gifScriptPolyglot()
    expect(parsesAsScript(bytes)).toBe(true)
    const out = published('image/gif', bytes)
    expect(out).toMatchObject({ mime: 'image/png', source: 'image/gif', width: pixels.width, height: 2 })
    expect(parsesAsScript(out.bytes)).toBe(false)
    expect(text(out.bytes)).not.toContain('alert')
    expect(readPng(out.bytes)).toEqual(pixels)
    expect(readPng(published('image/gif', gifFixture().bytes).bytes)).toEqual(gifFixture().pixels)
    expect(readPng(published('image/webp', webpFixture('lossless-alpha')).bytes)).toEqual(sourcePixels(true))
  })

  it('refuses a page, an SVG, damage, and a type the model does not allow', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    const png = photoPng(20, 20, 6)
    const flipped = Buffer.from(png)
    flipped[60] = (flipped[60] ?? 0) ^ 0xff
    const unknownCritical = Buffer.concat([
      png.subarray(0, 33),
      pngChunk('ABCD', Buffer.from('x')),
      png.subarray(33),
    ])
    const jpeg = photoJpeg(32, 24, 6)
    for (const [mime, bytes] of [
      ['image/png', Buffer.from(HTML_PAGE)],
      ['image/png', svg],
      ['image/png', flipped],
      ['image/png', unknownCritical],
      ['image/png', png.subarray(0, 40)],
      ['image/jpeg', jpeg.subarray(0, jpeg.length - 100)],
      ['image/webp', webpFixture('lossy').subarray(0, 60)],
    ] as const) {
      expect(publishableImage(asset(mime, bytes)), text(bytes.subarray(0, 8))).toMatchObject({
        ok: false,
        problem: 'corrupt',
      })
    }
    const forged = { ...asset('image/png', png), mime: 'text/html' as Asset['mime'] }
    expect(publishableImage(forged)).toMatchObject({ ok: false })
    expect(publishableImage(asset('image/webp', webpFixture('animated')))).toMatchObject({
      ok: false,
      problem: 'animated',
    })
  })

  it('reads base64 with CRLF line breaks as the same photo', () => {
    const png = photoPng(16, 12, 7)
    const plain = png.toString('base64')
    const wrapped = `${(plain.match(/.{1,76}/g) ?? []).join('\r\n')}\r\n`
    const out = publishableImage({ mime: 'image/png', data: wrapped })
    expect(out.ok && Buffer.from(out.bytes).equals(png)).toBe(true)
  })

  it('has one size cap for every format, above the largest phone photos', () => {
    // 16320 × 12240, a 200-megapixel phone mode, and 8160 × 6144 from a 50-megapixel sensor.
    expect(16_320 * 12_240).toBeLessThanOrEqual(MAX_IMAGE_PIXELS)
    const side = Math.floor(Math.sqrt(MAX_IMAGE_PIXELS)) + 1
    const png = Buffer.from(photoPng(8, 8))
    png.writeUInt32BE(side, 16)
    png.writeUInt32BE(side, 20)
    png.writeUInt32BE(zlibCrc32(png.subarray(12, 29)), 29)
    const jpeg = Buffer.from(photoJpeg(16, 16))
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]))
    jpeg.writeUInt16BE(side, sof + 5)
    jpeg.writeUInt16BE(side, sof + 7)
    const gif = Buffer.from(gifFixture().bytes)
    gif.writeUInt16LE(side, 6)
    gif.writeUInt16LE(side, 8)
    const webp = Buffer.from(webpFixture('lossy-alpha'))
    webp.writeUIntLE(side - 1, 24, 3)
    webp.writeUIntLE(side - 1, 27, 3)
    for (const [mime, bytes] of [
      ['image/png', png],
      ['image/jpeg', jpeg],
      ['image/gif', gif],
      ['image/webp', webp],
    ] as const) {
      expect(publishableImage(asset(mime, bytes)), mime).toMatchObject({
        ok: false,
        problem: 'too-large',
        size: { width: side, height: side },
      })
    }
  })
})
