import { describe, expect, it } from 'vitest'
import { bodySchema } from '@shared/body/bodyExtensions'
import { exportHtml } from '@shared/export/html/exportHtml'
import type { BodyNode } from '@shared/model/body'
import { parseReportText } from '@shared/model/parseReport'
import { FIGURE_WIDTH, figureAttrs, figureWidth } from '@shared/nodes/figureNode'
import { byTag, parseArticle, attr } from '../export/html/htmlTree'
import { exportAndOpen } from '../export/docx/docxXml'
import { figure, p, report, withPhoto } from '../../../fixtures/builders'

const sized = (width: unknown): BodyNode => ({
  type: 'figure',
  attrs: { assetId: 'a', alt: 'Ảnh', width },
  content: [{ type: 'text', text: 'Chú thích' }],
})

function withWidth(width: unknown) {
  const r = report(p('Thân bài.'), sized(width))
  withPhoto(r, 'a')
  return r
}

const extent = (document: string) => {
  const m = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(document)
  return { cx: Number(m?.[1]), cy: Number(m?.[2]) }
}

describe('a photo’s width, a share of the text width', () => {
  it('is a whole percent from 10 to 100, and anything else is made safe', () => {
    expect(figureWidth(50)).toBe(50)
    expect(figureWidth(74.6)).toBe(75)
    expect(figureWidth(0)).toBe(FIGURE_WIDTH.min)
    expect(figureWidth(-5)).toBe(FIGURE_WIDTH.min)
    expect(figureWidth(1e9)).toBe(FIGURE_WIDTH.max)
    for (const odd of ['50', NaN, Infinity, null, undefined, {}, [50]]) expect(figureWidth(odd)).toBe(100)
    expect(figureAttrs({ assetId: 'a' }).width).toBe(100)
  })

  it('is held in range when a hostile or damaged draft is opened', () => {
    for (const [stored, read] of [
      [0, 10],
      [-5, 10],
      [1e9, 100],
      ['50', 100],
      [33.3, 33],
    ] as const) {
      const parsed = parseReportText(JSON.stringify(withWidth(stored)))
      if (!parsed.ok) throw new Error(parsed.message)
      expect(parsed.report.body.content?.[1]?.attrs?.width, String(stored)).toBe(read)
    }
  })

  it('survives the editor’s schema and its HTML (copy, paste, drag)', () => {
    const schema = bodySchema()
    const node = schema.nodeFromJSON(sized(40))
    expect(node.attrs.width).toBe(40)
    const spec = schema.nodes.figure?.spec
    const dom = spec?.toDOM?.(node) as unknown as [string, object, [string, Record<string, string>]]
    expect(dom[2][1]['data-width']).toBe('40')
    expect(dom[2][1].style).toBe('width: 40%')
    const full = spec?.toDOM?.(schema.nodeFromJSON(sized(100))) as unknown as typeof dom
    expect(full[2][1].style ?? null).toBeNull()
  })

  it('prints at that share of the text width in the DOCX, aspect kept', async () => {
    const whole = extent((await exportAndOpen(withWidth(100))).document)
    const half = extent((await exportAndOpen(withWidth(50))).document)
    expect(half.cx / whole.cx).toBeCloseTo(0.5, 2)
    expect(half.cy / half.cx).toBeCloseTo(whole.cy / whole.cx, 2)
  })

  it('caps the web photo at that share of the column, full width as before', () => {
    const img = (width: number) =>
      byTag(parseArticle(exportHtml(withWidth(width), { form: 'fragment' }).html), 'img')[0]!
    expect(attr(img(50), 'style')).toBe('max-width: 50%; height: auto')
    expect(attr(img(100), 'style')).toBe('max-width: 100%; height: auto')
    // The default figure builder has no width at all: full width.
    const r = report(figure('a', 'Ảnh', 'Chú thích'))
    withPhoto(r, 'a')
    expect(attr(byTag(parseArticle(exportHtml(r, { form: 'fragment' }).html), 'img')[0]!, 'style')).toBe(
      'max-width: 100%; height: auto',
    )
  })
})
