import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../../helpers/exportDocx'
import { crc32 } from '@shared/images/crc32'
import { exportHtml } from '@shared/export/html/exportHtml'
import { declaredImageSize } from '@shared/images/declaredImageSize'
import type { Asset } from '@shared/model/assets'
import { asset, figure, report } from '../../../fixtures/builders'
import { photoJpeg } from '../../../fixtures/jpegImage'
import { photoPng } from '../../../fixtures/pngImage'
import { unzipDocx } from './docx/docxPackage'

/** A real, whole PNG whose IHDR (checksum recomputed) declares another size: a decompression bomb. */
function pngDeclaring(width: number, height: number): Buffer {
  const png = Buffer.from(photoPng(8, 8))
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png, 12, 29), 29)
  return png
}

/** A real JPEG whose frame header declares another size. */
function jpegDeclaring(width: number, height: number): Buffer {
  const jpeg = Buffer.from(photoJpeg(16, 16))
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]))
  jpeg.writeUInt16BE(height, sof + 5)
  jpeg.writeUInt16BE(width, sof + 7)
  return jpeg
}

function photoReport(photo: Asset) {
  const r = report(figure('anh', 'Toàn cảnh', 'Chú thích'))
  r.assets = { anh: photo }
  return r
}

const BOMBS: Array<[string, Asset]> = [
  ['a PNG declaring 100,000 × 100,000 pixels', asset('image/png', pngDeclaring(100_000, 100_000), 'bom.png')],
  ['a PNG declaring 2³¹−1 on each side', asset('image/png', pngDeclaring(0x7fffffff, 0x7fffffff), 'bom.png')],
  ['a JPEG declaring 65,535 × 65,535 pixels', asset('image/jpeg', jpegDeclaring(65_535, 65_535), 'bom.jpg')],
]

describe('images whose header declares an absurd size', () => {
  it('reads the declared size of each format without decoding', () => {
    expect(declaredImageSize(pngDeclaring(100_000, 3))).toEqual({ width: 100_000, height: 3 })
    expect(declaredImageSize(jpegDeclaring(640, 480))).toEqual({ width: 640, height: 480 })
    expect(declaredImageSize(Buffer.from('GIF89a\x10\x00\x20\x00', 'latin1'))).toEqual({
      width: 16,
      height: 32,
    })
    expect(declaredImageSize(Buffer.from('not an image'))).toBeNull()
  })

  it.each(BOMBS)('puts a placeholder and a Vietnamese warning in the DOCX for %s', async (_name, photo) => {
    const out = await exportDocx(photoReport(photo))
    expect(out.warnings).toEqual([
      expect.objectContaining({
        code: 'image-too-large',
        message: expect.stringMatching(/^Ảnh thứ 1 \("bom\.(png|jpg)"\) khai báo kích thước bất thường/),
      }),
    ])
    const media = [...unzipDocx(out.bytes).keys()].filter((name) => name.startsWith('word/media/'))
    expect(media).toEqual([])
  })

  it.each(BOMBS)('puts a placeholder in the HTML for %s and embeds none of it', (_name, photo) => {
    const out = exportHtml(photoReport(photo))
    expect(out.html).toContain('[Ảnh bị hỏng]')
    expect(out.html).not.toContain('data:image')
    expect(out.warnings).toHaveLength(1)
    expect(exportHtml(photoReport(photo), { images: { kind: 'files', folderUrl: 'anh' } }).images).toEqual([])
  })

  it('still embeds real photos, large ones included', async () => {
    for (const photo of [
      asset('image/png', photoPng(8, 8), 'a.png'),
      asset('image/jpeg', jpegDeclaring(20_000, 10_000), 'b.jpg'),
    ]) {
      const html = exportHtml(photoReport(photo))
      expect(html.warnings).toEqual([])
      expect(html.html).toContain(`data:${photo.mime};base64,`)
      const docx = await exportDocx(photoReport(photo))
      expect(docx.warnings).toEqual([])
    }
  })
})
