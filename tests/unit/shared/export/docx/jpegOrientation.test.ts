import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../../../helpers/exportDocx'
import { STYLE_IDS } from '@shared/export/docx/docxStyles'
import { checkJpeg } from '@shared/images/checkJpeg'
import { jpegOrientation } from '@shared/images/jpegOrientation'
import * as b from '../../../../fixtures/builders'
import { encodeJpeg, photoJpeg, withExifOrientation } from '../../../../fixtures/jpegImage'
import { DOCX_CASE } from '../../../../fixtures/goldenCases'
import { exportAndOpen } from './docxXml'
import { convertToPdf } from './officeTools'

/** Blue, with a red block in the stored top-left corner: where it lands shows how the photo was turned. */
function markedJpeg(width: number, height: number): Buffer {
  const rgb = new Uint8Array(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const red = x < width / 3 && y < height / 2
      rgb.set(red ? [230, 20, 20] : [40, 120, 200], (y * width + x) * 3)
    }
  }
  return encodeJpeg(width, height, rgb)
}

/** Bounding boxes of the picture (blue or red pixels) and of its red block on a rendered page (PPM). */
function boxes(ppm: Buffer) {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))
  const width = Number(header?.[1])
  const height = Number(header?.[2])
  const start = header?.[0].length ?? 0
  const box = () => ({ left: Infinity, top: Infinity, right: -1, bottom: -1 })
  const picture = box()
  const red = box()
  const grow = (b: ReturnType<typeof box>, x: number, y: number) => {
    b.left = Math.min(b.left, x)
    b.top = Math.min(b.top, y)
    b.right = Math.max(b.right, x)
    b.bottom = Math.max(b.bottom, y)
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3
      const [r, g, bl] = [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!]
      const isRed = r > 180 && g < 90 && bl < 90
      if (isRed || (bl > 150 && r < 110)) grow(picture, x, y)
      if (isRed) grow(red, x, y)
    }
  }
  return { picture, red }
}

// A landscape photo as the phone stored it: 64 × 40 pixels.
const stored = photoJpeg(64, 40, 3)

async function exported(jpeg: Buffer) {
  const report = b.reportWith(
    { ...DOCX_CASE, assets: { photo: b.asset('image/jpeg', jpeg, 'dien-thoai.jpg') } },
    b.figure('photo', 'Ảnh chụp bằng điện thoại', 'Đại biểu phát biểu'),
  )
  const { document, parts, paragraphs, warnings } = await exportAndOpen(report)
  const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(document)
  const xfrm = /<a:xfrm[^>]*>/.exec(document)?.[0] ?? ''
  const media = [...parts].filter(([name]) => name.startsWith('word/media/')).map(([, data]) => data)
  return { document, paragraphs, warnings, cx: Number(extent?.[1]), cy: Number(extent?.[2]), xfrm, media }
}

/** The picture a JPEG holds, as the structure check reads it. */
function picture(jpeg: Uint8Array) {
  const checked = checkJpeg(jpeg)
  return checked.ok ? { width: checked.width, height: checked.height } : checked
}

describe('EXIF orientation of phone photos', () => {
  it('reads the tag in both byte orders, and nothing from a photo without one', () => {
    expect(jpegOrientation(withExifOrientation(stored, 6))?.value).toBe(6)
    expect(jpegOrientation(withExifOrientation(stored, 8, true))?.value).toBe(8)
    expect(jpegOrientation(stored)).toBeNull()
    // The segment does not change what the picture is.
    expect(picture(withExifOrientation(stored, 6))).toEqual(picture(stored))
  })

  it('sets a photo turned a quarter upright: portrait size on the page, turn in the drawing', async () => {
    const plain = await exported(stored)
    const turned = await exported(withExifOrientation(stored, 6))
    expect(plain.xfrm).not.toContain('rot=')
    expect(turned.xfrm).toContain('rot="5400000"')
    // The drawing's box is the stored picture's (64:40); turned 90° it shows 40 wide, 64 tall.
    expect(turned.cx / turned.cy).toBeCloseTo(64 / 40, 2)
    // Upright it is portrait, so it is narrower than the landscape photo on the page.
    expect(turned.cy).toBeLessThan(plain.cx)
    expect(turned.paragraphs.find((p) => p.xml.includes('<w:drawing>'))?.style).toBe(STYLE_IDS.figure)
    expect(turned.warnings).toEqual([])
    // The embedded copy says "upright", so a reader that follows EXIF does not turn it a second time.
    expect(turned.media).toHaveLength(1)
    expect(jpegOrientation(turned.media[0]!)?.value).toBe(1)
    expect(picture(turned.media[0]!)).toEqual(picture(stored))
  })

  it('turns the other quarter, half turns and mirrors the right way', async () => {
    const left = await exported(withExifOrientation(stored, 8, true))
    expect(left.xfrm).toContain('rot="16200000"')
    expect(left.cx / left.cy).toBeCloseTo(64 / 40, 2)
    const half = await exported(withExifOrientation(stored, 3))
    expect(half.xfrm).toContain('rot="10800000"')
    expect(half.cy / half.cx).toBeCloseTo(40 / 64, 2)
    const mirrored = await exported(withExifOrientation(stored, 2))
    expect(mirrored.xfrm).toContain('flipH="true"')
    expect(mirrored.xfrm).not.toContain('rot=')
    const transposed = await exported(withExifOrientation(stored, 5))
    expect(transposed.xfrm).toContain('flipH="true"')
    expect(transposed.xfrm).toContain('rot="16200000"')
    const upright = await exported(withExifOrientation(stored, 1))
    expect(upright.xfrm).not.toContain('rot=')
    expect(upright.cx / upright.cy).toBeCloseTo(64 / 40, 2)
  })

  it('shows upright in LibreOffice: portrait, the stored top-left corner at the top right', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    const jpeg = withExifOrientation(markedJpeg(320, 200), 6)
    const report = b.reportWith(
      { ...DOCX_CASE, assets: { p: b.asset('image/jpeg', jpeg, 'a.jpg') } },
      b.p('Đoạn trước ảnh.'),
      b.figure('p', '', 'Chú thích ảnh'),
      b.p('Đoạn sau ảnh.'),
    )
    return exportDocx(report).then(({ bytes }) => {
      writeFileSync(join(dir, 'xoay.docx'), bytes)
      const [pdf] = convertToPdf([join(dir, 'xoay.docx')], dir)
      execFileSync('pdftoppm', ['-r', '30', '-f', '1', '-l', '1', pdf!, join(dir, 'page')])
      const { picture, red } = boxes(readFileSync(join(dir, 'page-1.ppm')))
      const w = picture.right - picture.left
      const h = picture.bottom - picture.top
      // Upright the 320 × 200 photo is 200 wide and 320 tall.
      expect(h / w).toBeCloseTo(320 / 200, 1)
      // Turned a quarter clockwise, the stored top-left third × half is the top-right half × third.
      expect(red.top - picture.top).toBeLessThanOrEqual(2)
      expect(picture.right - red.right).toBeLessThanOrEqual(2)
      expect((red.right - red.left) / w).toBeCloseTo(0.5, 1)
      expect((red.bottom - red.top) / h).toBeCloseTo(1 / 3, 1)
    })
  }, 120_000)
})
