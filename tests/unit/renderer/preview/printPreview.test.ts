import { describe, expect, it } from 'vitest'
import {
  MAX_PREVIEW_PAGE_NUMBERS,
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

describe('print preview page numbers', () => {
  it('numbers every sheet from page 2, centred on the text width in the top margin', () => {
    const layers = pageNumberLayers(4, SHEETS)
    expect(layers.map((l) => />(\d+)<\/text>/.exec(svgOf(l.image))?.[1])).toEqual(['2', '3', '4'])
    // Page 2's sheet starts at 10 + 220 mm; the text width's centre is 30 + 165 / 2 mm into it.
    expect(layers.map((l) => l.position)).toEqual(['327.5mm 10mm', '547.5mm 10mm', '767.5mm 10mm'])
    expect(layers.every((l) => l.size === '30mm 20mm' && l.repeat === 'no-repeat')).toBe(true)
    const svg = svgOf(layers[0]?.image ?? '')
    expect(svg).toContain('text-anchor="middle"')
    expect(svg).toContain('font-size="13"')
    expect(svg).toContain("font-family=\"'Times New Roman'")
  })

  it('follows the unit layout: margins, size, font, and no numbers when the layout has none', () => {
    const layout = { ...defaultPrintLayout(), marginLeftMm: 20, marginRightMm: 20, marginTopMm: 30 }
    const [two] = pageNumberLayers(2, SHEETS, { ...layout, bodySizePt: 13, fontFamily: 'Tinos' })
    expect(two?.position).toBe(`${10 + 220 + 105 - 15}mm 10mm`)
    expect(two?.size).toBe('30mm 30mm')
    expect(svgOf(two?.image ?? '')).toContain('font-size="12"')
    expect(svgOf(two?.image ?? '')).toContain("font-family=\"'Tinos'")
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
    expect(layers).toHaveLength(pageCountBound(html))
    expect(layers.at(-1)?.trim()).toBe('linear-gradient(to right, #fff 0 210mm, transparent 210mm)')
    expect(layers.slice(0, -1).every((l) => l.trim().startsWith('url("data:image/svg+xml,'))).toBe(true)
    const off = { ...defaultPrintLayout(), pageNumbers: false }
    const without = printPreviewDocument(exportHtml(seedReport(), { layout: off }).html, off)
    expect(without).not.toContain('data:image/svg+xml')
    expect(without).not.toContain('@top-center')
  })
})
