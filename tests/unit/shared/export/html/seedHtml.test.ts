import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import { reportParagraphs } from '@shared/plainText/reportText'
import { allElements, attr, byTag, hasClass, parseArticle, parseDocument, textOf } from './htmlTree'
import { seedReport } from './seedExample'
import { readSeedText } from '../../../../fixtures/seedText'

/** The real article's paragraphs: its non-empty lines, with the byline's copy-from-web padding trimmed. */
function seedParagraphs(): string[] {
  return readSeedText()
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'figcaption', 'li', 'td', 'th'])

describe('the seed example exported to HTML', () => {
  const report = seedReport()
  const forms = {
    page: parseDocument(exportHtml(report).html),
    fragment: parseArticle(exportHtml(report, { form: 'fragment' }).html),
  }

  for (const [form, root] of Object.entries(forms)) {
    describe(form, () => {
      const article = byTag(root, 'article')[0]
      const blocks = allElements(article).filter((e) => TEXT_BLOCKS.has(e.tagName))

      it('holds every paragraph of the real article, exactly and in order', () => {
        expect(blocks.map(textOf)).toEqual(seedParagraphs())
        expect(blocks.map(textOf)).toEqual(reportParagraphs(report))
      })

      it('opens with the theme header in the page header, then the title in <h1>', () => {
        const header = byTag(article, 'header')[0]
        expect(header && textOf(byTag(header, 'p')[0]).startsWith('Chủ đề công tác năm 2020:')).toBe(true)
        expect(byTag(article, 'h1').map(textOf)).toEqual(['Giao ban Thường trực Tỉnh ủy'])
      })

      it('puts the caption in a <figcaption> under its photo', () => {
        const figures = byTag(article, 'figure')
        expect(figures).toHaveLength(1)
        const [img, caption] = allElements(figures[0]).filter(
          (e) => e.tagName === 'img' || e.tagName === 'figcaption',
        )
        expect(img?.tagName).toBe('img')
        expect(img && attr(img, 'src')?.startsWith('data:image/')).toBe(true)
        expect(img && attr(img, 'alt')).toBeTruthy()
        expect(caption && textOf(caption)).toBe(
          'Đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư huyện ủy chủ trì tại điểm cầu huyện Đầm Hà',
        )
      })

      it('closes with the byline right-aligned, without padding spaces', () => {
        const last = blocks[blocks.length - 1]
        expect(last && textOf(last)).toBe('Thu Hiền (Trung tâm TT-VH)')
        expect(last && hasClass(last, 'st-byline')).toBe(true)
        expect(last && attr(last, 'style')).toBe('text-align: right')
      })
    })
  }

  it('the page describes itself with the lead sentence', () => {
    const description = byTag(forms.page, 'meta').find((m) => attr(m, 'name') === 'description')
    expect(
      description &&
        attr(description, 'content')?.startsWith('Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần'),
    ).toBe(true)
  })
})
