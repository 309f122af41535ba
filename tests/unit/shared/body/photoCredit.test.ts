import { describe, expect, it } from 'vitest'
import { fieldSourceFor } from '@shared/body/fieldSource'
import { captionCredit, fieldText } from '@shared/body/fieldText'
import { exportHtml } from '@shared/export/html/exportHtml'
import { emptyFields, type ReportFields } from '@shared/model/fields'
import { parseReportText } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { bodyPlainText } from '@shared/plainText/bodyPlainText'
import { exportAndOpen } from '../export/docx/docxXml'
import { byTag, parseArticle, textOf } from '../export/html/htmlTree'
import { block, field, figure, p, reportWith, withPhoto } from '../../../fixtures/builders'

const fields = (photoCredit: string, photoCreditPlacement: ReportFields['photoCreditPlacement']) => ({
  ...emptyFields(),
  photoCredit,
  photoCreditPlacement,
  byline: { prefix: '', author: 'Thu Hiền', unit: 'Trung tâm TT-VH' },
})

/** A report with two captioned photos and one without a caption, and the credit set as given. */
function photoReport(credit: string, placement: ReportFields['photoCreditPlacement']): Report {
  const r = reportWith({}, p('Thân bài.'))
  withPhoto(r, 'a', 'a.png', 1)
  withPhoto(r, 'b', 'b.png', 2)
  r.body.content = [
    p('Thân bài.'),
    figure('a', 'Phòng họp', 'Toàn cảnh hội nghị'),
    figure('b', 'Đại biểu'),
    block('byline'),
  ]
  r.fields = { ...r.fields, photoCredit: credit, photoCreditPlacement: placement }
  return r
}

describe('the photo credit, by the unit’s convention', () => {
  it('follows every caption as "(Ảnh: …)" and stands alone under a photo with no caption', () => {
    expect(captionCredit(fields('Thanh Vân', 'caption'))).toBe(' (Ảnh: Thanh Vân)')
    // An officer who typed the prefix gets it once, and stray spaces and controls go.
    expect(captionCredit(fields('  Ảnh:  Thanh\u202E  Vân ', 'caption'))).toBe(' (Ảnh: Thanh Vân)')
    expect(captionCredit(fields('', 'caption'))).toBe('')
    expect(captionCredit(fields('Thanh Vân', 'byline'))).toBe('')
  })

  it('goes on a line of its own under the byline when the unit credits photos there', () => {
    expect(fieldText(fields('Thanh Vân', 'byline'), 'byline')).toBe(
      'Thu Hiền (Trung tâm TT-VH)\nẢnh: Thanh Vân',
    )
    expect(fieldText(fields('Thanh Vân', 'caption'), 'byline')).toBe('Thu Hiền (Trung tâm TT-VH)')
    expect(
      fieldText({ ...fields('Thanh Vân', 'byline'), byline: { prefix: '', author: '', unit: '' } }, 'byline'),
    ).toBe('Ảnh: Thanh Vân')
  })

  it('prints after each caption in the DOCX and the web page, and nowhere else', async () => {
    const r = photoReport('Thanh Vân', 'caption')
    const { paragraphs } = await exportAndOpen(r)
    const texts = paragraphs.map((x) => x.text)
    expect(texts).toContain('Toàn cảnh hội nghị (Ảnh: Thanh Vân)')
    expect(texts).toContain('(Ảnh: Thanh Vân)')
    expect(texts).toContain('Thu Hiền (Trung tâm TT-VH)')
    expect(texts.filter((t) => t.includes('Thanh Vân'))).toHaveLength(2)
    // The photo's description for screen readers stays the caption alone.
    expect(paragraphs.map((x) => x.xml).join('')).not.toContain('descr="Toàn cảnh hội nghị (Ảnh')

    const article = parseArticle(exportHtml(r, { form: 'fragment' }).html)
    expect(byTag(article, 'figcaption').map(textOf)).toEqual([
      'Toàn cảnh hội nghị (Ảnh: Thanh Vân)',
      '(Ảnh: Thanh Vân)',
    ])
    expect(textOf(article).match(/Thanh Vân/g)).toHaveLength(2)
  })

  it('prints once under the byline in the DOCX and the web page when placed there', async () => {
    const r = photoReport('Thanh Vân', 'byline')
    const { paragraphs } = await exportAndOpen(r)
    const byline = paragraphs.find((x) => x.text.startsWith('Thu Hiền'))
    expect(byline?.text).toBe('Thu Hiền (Trung tâm TT-VH)\nẢnh: Thanh Vân')
    expect(paragraphs.map((x) => x.text)).toContain('Toàn cảnh hội nghị')
    expect(paragraphs.filter((x) => x.text.includes('Thanh Vân'))).toHaveLength(1)

    const article = parseArticle(exportHtml(r, { form: 'fragment' }).html)
    expect(byTag(article, 'figcaption').map(textOf)).toEqual(['Toàn cảnh hội nghị'])
    expect(textOf(article).match(/Thanh Vân/g)).toHaveLength(1)
    expect(exportHtml(r, { form: 'fragment' }).html).toMatch(
      /Thu Hiền \(Trung tâm TT-VH\)<br>\s*Ảnh: Thanh Vân/,
    )
  })

  it('is not printed twice when the officer put the photographer’s field in a caption by hand', async () => {
    const r = photoReport('Thanh Vân', 'caption')
    r.body.content = [
      figure('a', 'Ảnh', 'Toàn cảnh. Ảnh: ', field('photoCredit')),
      figure('b', 'Ảnh', 'Đại biểu'),
    ]
    const { paragraphs } = await exportAndOpen(r)
    expect(paragraphs.map((x) => x.text)).toEqual(
      expect.arrayContaining(['Toàn cảnh. Ảnh: Thanh Vân', 'Đại biểu (Ảnh: Thanh Vân)']),
    )
    const article = parseArticle(exportHtml(r, { form: 'fragment' }).html)
    expect(byTag(article, 'figcaption').map(textOf)).toEqual([
      'Toàn cảnh. Ảnh: Thanh Vân',
      'Đại biểu (Ảnh: Thanh Vân)',
    ])
    expect(bodyPlainText(fieldSourceFor(r.fields)).paragraphs(r.body.content)).toEqual([
      'Toàn cảnh. Ảnh: Thanh Vân',
      'Đại biểu (Ảnh: Thanh Vân)',
    ])
  })

  it('counts in the plain text, as the reader sees it', () => {
    const r = photoReport('Thanh Vân', 'caption')
    const text = bodyPlainText(fieldSourceFor(r.fields)).paragraphs(r.body.content).join('\n')
    expect(text).toContain('Toàn cảnh hội nghị (Ảnh: Thanh Vân)\n(Ảnh: Thanh Vân)')
  })

  it('is placed after each caption in a draft written before the choice existed', () => {
    const r = photoReport('Thanh Vân', 'caption')
    const old = JSON.parse(JSON.stringify(r)) as { fields: Record<string, unknown> }
    delete old.fields.photoCreditPlacement
    const parsed = parseReportText(JSON.stringify(old))
    expect(parsed.ok && parsed.report.fields.photoCreditPlacement).toBe('caption')
    const bad = parseReportText(
      JSON.stringify({ ...old, fields: { ...old.fields, photoCreditPlacement: 'footer' } }),
    )
    expect(bad.ok).toBe(false)
  })
})
