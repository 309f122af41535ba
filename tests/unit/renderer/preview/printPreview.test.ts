import { describe, expect, it } from 'vitest'
import {
  MAX_PREVIEW_PAGE_NUMBERS,
  PAGES_PER_LAYER,
  pageCountBound,
  pageNumberLayers,
} from '@renderer/preview/pageNumberLayers'
import { printPreviewDocument } from '@renderer/preview/printPreviewDocument'
import { exportHtml } from '@shared/export/html/exportHtml'
import { defaultPrintLayout } from '@shared/settings/settings'
import { p, report } from '../../../fixtures/builders'
import { referenceReport } from '../../../fixtures/referenceReport'
import { seedReport } from '../../shared/export/html/seedExample'

const SHEETS = { gapMm: 10, widthMm: 210 }

/** The SVG inside a layer's `url("data:image/svg+xml,...")`. */
function svgOf(image: string): string {
  const m = /^url\("data:image\/svg\+xml,([^"]*)"\)$/.exec(image)
  if (!m?.[1]) throw new Error(`not an SVG layer: ${image.slice(0, 60)}`)
  return decodeURIComponent(m[1])
}

/** Each number drawn by the layers and the centre of its text, in mm from the frame's left edge. */
function numbersAt(layers: ReturnType<typeof pageNumberLayers>): Array<[number, number]> {
  return layers.flatMap((layer) => {
    const left = Number(/^([\d.]+)mm /.exec(layer.position)?.[1])
    return [...svgOf(layer.image).matchAll(/<text x="([\d.]+)"[^>]*>(\d+)<\/text>/g)].map(
      ([, x, n]): [number, number] => [Number(n), Math.round((left + (Number(x) * 25.4) / 72) * 10) / 10],
    )
  })
}

describe('print preview page numbers', () => {
  it('numbers every sheet from page 2, centred on the text width in the top margin', () => {
    const layers = pageNumberLayers(4, SHEETS)
    // Page 2's sheet starts at 10 + 220 mm; the text width's centre is 30 + 165 / 2 mm into it.
    expect(numbersAt(layers)).toEqual([
      [2, 342.5],
      [3, 562.5],
      [4, 782.5],
    ])
    expect(layers.map((l) => [l.position, l.size, l.repeat])).toEqual([
      ['230mm 10mm', '660mm 20mm', 'no-repeat'],
    ])
    const svg = svgOf(layers[0]?.image ?? '')
    expect(svg).toContain('text-anchor="middle"')
    expect(svg).toContain('font-size="13"')
    expect(svg).toContain("font-family=\"'Times New Roman'")
  })

  it('draws ten sheets per image, so a long report sets up few images', () => {
    const layers = pageNumberLayers(25, SHEETS)
    expect(layers).toHaveLength(3)
    expect(numbersAt(layers).map(([n]) => n)).toEqual(Array.from({ length: 24 }, (_, i) => i + 2))
    // Every number stays at its own sheet, across the strips: one sheet pitch (220 mm) apart.
    const centres = numbersAt(layers).map(([, at]) => at)
    expect(centres.slice(1).map((c, i) => Math.round((c - centres[i]!) * 10) / 10)).toEqual(
      Array(23).fill(220),
    )
    expect(layers.map((l) => l.size)).toEqual(['2200mm 20mm', '2200mm 20mm', '880mm 20mm'])
    expect(numbersAt(pageNumberLayers(MAX_PREVIEW_PAGE_NUMBERS + 50, SHEETS)).at(-1)?.[0]).toBe(
      MAX_PREVIEW_PAGE_NUMBERS,
    )
  })

  it('follows the unit layout: margins, size, font, and no numbers when the layout has none', () => {
    const layout = { ...defaultPrintLayout(), marginLeftMm: 20, marginRightMm: 20, marginTopMm: 30 }
    const two = pageNumberLayers(2, SHEETS, { ...layout, bodySizePt: 13, fontFamily: 'Tinos' })
    expect(numbersAt(two)).toEqual([[2, 10 + 220 + 105]])
    expect(two[0]?.size).toBe('220mm 30mm')
    expect(svgOf(two[0]?.image ?? '')).toContain('font-size="12"')
    expect(svgOf(two[0]?.image ?? '')).toContain("font-family=\"'Tinos'")
    const hostile = pageNumberLayers(2, SHEETS, { ...layout, fontFamily: '"><script>x()</script>' })
    expect(svgOf(hostile[0]?.image ?? '')).not.toContain('script')
    expect(pageNumberLayers(1, SHEETS)).toEqual([])
    expect(pageNumberLayers(9, SHEETS, { ...layout, pageNumbers: false })).toEqual([])
  })

  it('bounds the page count generously from the markup, photos not counted as text', () => {
    const seed = pageCountBound(exportHtml(seedReport()).html)
    // The seed prints on two pages (see the e2e print tests).
    expect(seed).toBeGreaterThanOrEqual(2)
    expect(seed).toBeLessThan(20)
    const short = pageCountBound(exportHtml(report(p('Một đoạn.'))).html)
    const long = pageCountBound(
      exportHtml(report(...Array.from({ length: 240 }, (_, i) => p(`Đoạn ${i}.`)))).html,
    )
    // 240 one-line paragraphs at 14 pt fill about seven pages.
    expect(long).toBeGreaterThanOrEqual(short + 7)
    const reference = pageCountBound(exportHtml(referenceReport()).html)
    expect(reference).toBeGreaterThan(40)
    expect(reference).toBeLessThanOrEqual(MAX_PREVIEW_PAGE_NUMBERS)
  })

  it('puts the numbers above the sheets in the preview document, with the sheets last', () => {
    const html = exportHtml(seedReport()).html
    const doc = printPreviewDocument(html)
    const images = /background-image: ([^;]*);/.exec(doc)?.[1] ?? ''
    const layers = images.split(',\n')
    expect(layers).toHaveLength(Math.ceil((pageCountBound(html) - 1) / PAGES_PER_LAYER) + 1)
    expect(layers.at(-1)?.trim()).toBe('linear-gradient(to right, #fff 0 210mm, transparent 210mm)')
    expect(layers.slice(0, -1).every((l) => l.trim().startsWith('url("data:image/svg+xml,'))).toBe(true)
    const off = { ...defaultPrintLayout(), pageNumbers: false }
    const without = printPreviewDocument(exportHtml(seedReport(), { layout: off }).html, off)
    expect(without).not.toContain('data:image/svg+xml')
    expect(without).not.toContain('@top-center')
  })
})
