import { describe, expect, it } from 'vitest'
import { fitImage } from '@shared/export/docx/fitImage'

describe('a photo on the page', () => {
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
