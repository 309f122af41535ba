import { describe, expect, it } from 'vitest'
import { convertToPng } from '@shared/images/convertToPng'
import { MAX_IMAGE_PIXELS } from '@shared/images/declaredImageSize'
import { encodePng } from '@shared/images/encodePng'
import { gifFixture, sourcePixels, webpFixture } from '../../../fixtures/convertibleImages'
import { maxChannelDifference, readPng } from '../../../fixtures/readPng'

const converted = (bytes: Uint8Array) => {
  const result = convertToPng(bytes)
  if (!result.ok) throw new Error(`not converted: ${result.problem}`)
  return { ...result, pixels: readPng(result.png) }
}

describe('GIF and WebP to PNG', () => {
  it('keeps every pixel of a lossless WebP, alpha included', () => {
    expect(converted(webpFixture('lossless')).pixels).toEqual(sourcePixels(false))
    expect(converted(webpFixture('lossless-alpha')).pixels).toEqual(sourcePixels(true))
  })

  it('decodes lossy WebP (VP8, and VP8 with an alpha plane) close to the source', () => {
    const lossy = converted(webpFixture('lossy'))
    expect(lossy).toMatchObject({ width: 32, height: 24 })
    expect(maxChannelDifference(lossy.pixels, sourcePixels(false))).toBeLessThanOrEqual(12)
    const withAlpha = converted(webpFixture('lossy-alpha')).pixels
    const alphas = (image: { data: Uint8Array }) => image.data.filter((_, i) => i % 4 === 3)
    expect(alphas(withAlpha)).toEqual(alphas(sourcePixels(true)))
    expect(maxChannelDifference(withAlpha, sourcePixels(true), (a) => a > 0)).toBeLessThanOrEqual(12)
  })

  it('takes a GIF’s first frame with its transparent colour', () => {
    const gif = gifFixture()
    const result = converted(gif.bytes)
    expect(result).toMatchObject({ width: 12, height: 8 })
    expect(result.pixels).toEqual(gif.pixels)
  })

  it('writes the same PNG every time for the same picture', () => {
    const image = sourcePixels(true)
    expect(Buffer.from(encodePng(image)).equals(Buffer.from(encodePng(image)))).toBe(true)
    expect(readPng(encodePng(image))).toEqual(image)
  })

  it('refuses a huge declared size before decoding, and says what it is', () => {
    // A GIF screen of 20,000 × 15,000 (300 megapixels) in a 13-byte header.
    const gif = Buffer.from('GIF89a\x20\x4e\x98\x3a\x00\x00\x00', 'latin1')
    expect(convertToPng(gif)).toEqual({
      ok: false,
      problem: 'too-large',
      size: { width: 20_000, height: 15_000 },
    })
    const webp = Buffer.from(webpFixture('lossy-alpha'))
    webp.writeUIntLE(16_383, 24, 3) // VP8X canvas: 16,384 × 16,384
    webp.writeUIntLE(16_383, 27, 3)
    expect(convertToPng(webp)).toMatchObject({ ok: false, problem: 'too-large' })
    expect(16_384 * 16_384).toBeGreaterThan(MAX_IMAGE_PIXELS)
  })

  it('refuses an animated WebP, damaged files, and a GIF frame larger than its screen', () => {
    expect(convertToPng(webpFixture('animated'))).toEqual({ ok: false, problem: 'animated' })
    const lossy = webpFixture('lossy')
    expect(convertToPng(lossy.subarray(0, lossy.length - 60))).toEqual({ ok: false, problem: 'corrupt' })
    const scrambled = Buffer.from(lossy)
    scrambled.fill(0x5a, 40)
    expect(convertToPng(scrambled)).toEqual({ ok: false, problem: 'corrupt' })
    const gif = Buffer.from(gifFixture().bytes)
    expect(convertToPng(gif.subarray(0, 20))).toEqual({ ok: false, problem: 'corrupt' })
    // The first image descriptor's size (after the header, palette and extensions) set to 4,000 × 4,000.
    const descriptor = gif.indexOf(0x2c, 13 + 12)
    gif.writeUInt16LE(4000, descriptor + 5)
    gif.writeUInt16LE(4000, descriptor + 7)
    expect(convertToPng(gif)).toEqual({ ok: false, problem: 'corrupt' })
    expect(convertToPng(Buffer.from('not an image'))).toEqual({ ok: false, problem: 'corrupt' })
  })
})
