import { describe, expect, it } from 'vitest'
import { fitImage } from '@shared/export/docx/figureBlock'
import { inspectImage } from '@shared/export/docx/inspectImage'
import { photoJpeg } from '../../../../fixtures/jpegImage'
import { photoPng } from '../../../../fixtures/pngImage'

describe('reading images from the draft', () => {
  it('reads the size of PNG and JPEG files from their bytes', () => {
    expect(inspectImage(photoPng(123, 45, 2))).toEqual({
      ok: true,
      image: { type: 'png', width: 123, height: 45 },
    })
    expect(inspectImage(photoJpeg(64, 40, 2))).toEqual({
      ok: true,
      image: { type: 'jpg', width: 64, height: 40 },
    })
  })

  it('finds truncated and damaged files', () => {
    const png = photoPng(60, 40, 5)
    expect(inspectImage(png.subarray(0, png.length - 20))).toEqual({ ok: false, problem: 'corrupt' })
    const flipped = Buffer.from(png)
    flipped[png.length - 30] = (flipped[png.length - 30] ?? 0) ^ 0xff
    expect(inspectImage(flipped)).toEqual({ ok: false, problem: 'corrupt' })
    const jpeg = photoJpeg(48, 32, 5)
    expect(inspectImage(jpeg.subarray(0, jpeg.length - 200))).toEqual({ ok: false, problem: 'corrupt' })
    expect(inspectImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      ok: false,
      problem: 'corrupt',
    })
  })

  it('names formats Word cannot take', () => {
    expect(inspectImage(Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1'))).toEqual({
      ok: false,
      problem: 'unsupported',
      format: 'GIF',
    })
  })

  it('scales to the full width keeping the aspect ratio, and caps tall photos', () => {
    const wide = fitImage({ width: 640, height: 400 }, 9355, 9000)
    expect(wide.width).toBe(Math.floor(9355 / 15))
    expect(wide.height / wide.width).toBeCloseTo(400 / 640, 2)
    const small = fitImage({ width: 100, height: 50 }, 9355, 9000)
    expect(small.width).toBe(Math.floor(9355 / 15))
    const tall = fitImage({ width: 300, height: 1200 }, 9355, 9000)
    expect(tall.height).toBeLessThanOrEqual(600)
    expect(tall.height / tall.width).toBeCloseTo(4, 1)
  })
})
