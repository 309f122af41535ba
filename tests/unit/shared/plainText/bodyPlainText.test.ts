import { describe, expect, it } from 'vitest'
import { fieldSourceFor } from '@shared/body/fieldSource'
import { exportHtml } from '@shared/export/html/exportHtml'
import { webPlainText } from '@shared/export/html/webPlainText'
import type { BodyNode } from '@shared/model/body'
import type { Report } from '@shared/model/report'
import { bodyPlainText } from '@shared/plainText/bodyPlainText'
import { reportParagraphs } from '@shared/plainText/reportText'
import { reportPlainText } from '@node/recoveryChangeSize'
import { exportAndOpen } from '../export/docx/docxXml'
import { attr, byTag, parseDocument, textOf } from '../export/html/htmlTree'
import {
  DAM_HA_BRIDGE_POINT,
  block,
  br,
  bridgePoints,
  field,
  figure,
  li,
  p,
  reportWith,
  table,
  td,
  tr,
  ul,
  withPhoto,
} from '../../../fixtures/builders'

const HAI_HA = { id: 'bp2', place: 'huyện Hải Hà', chair: null, note: 'Có 12 điểm cầu tại 12 xã.' }

/** One body with every shape the walker must handle, including blocks found inside a line. */
function trickyReport(): Report {
  const r = reportWith(
    { bridgePoints: [DAM_HA_BRIDGE_POINT, HAI_HA] },
    block('themeHeader'),
    block('reportTitle'),
    p(field('dateLead'), ', ', field('presidingBody'), ' họp.'),
    bridgePoints(),
    figure('anh-1', '', 'Toàn cảnh', br(), 'hội nghị ', field('photoCredit')),
    table(tr(td('Ô một'), td('Ô hai'))),
    p('Dòng một', br(), 'dòng hai'),
    ul(li('Mục ngoài', ul(li('Mục trong')))),
    p('Thường trực Tỉnh ủy'.normalize('NFD')),
    p(),
    p('   '),
    p('Đoạn có ', ul(li('mục một'), li('mục hai')), ' ở giữa'),
    p('Trong dòng:', bridgePoints()),
    block('byline'),
  )
  withPhoto(r, 'anh-1')
  r.fields.photoCredit = 'Ảnh: Thu Hiền'
  return r
}

const source = (r: Report) => fieldSourceFor(r.fields)

describe('bodyPlainText through every caller', () => {
  const r = trickyReport()
  const s = source(r)
  const [damHa, haiHa] = s.bridgePointSentences('', '') as [string, string]
  const lead = `${s.fieldText('dateLead')}, Thường trực Tỉnh ủy họp.`
  const caption = 'Toàn cảnh\nhội nghị Ảnh: Thu Hiền'

  it('has two different bridge-point sentences to work with', () => {
    expect(damHa).toContain('Đầm Hà')
    expect(haiHa).toContain('Hải Hà')
  })

  it('word count and previews: reportParagraphs, one string per visible paragraph', () => {
    expect(reportParagraphs(r)).toEqual([
      s.fieldText('themeHeader'),
      'Giao ban Thường trực Tỉnh ủy',
      lead,
      damHa,
      haiHa,
      caption,
      'Ô một',
      'Ô hai',
      'Dòng một\ndòng hai',
      'Mục ngoài',
      'Mục trong',
      'Thường trực Tỉnh ủy'.normalize('NFD'),
      'Đoạn có mục một mục hai ở giữa',
      `Trong dòng: ${damHa} ${haiHa}`,
      'Thu Hiền (Trung tâm TT-VH)',
    ])
  })

  it('clipboard: webPlainText, NFC paragraphs separated by blank lines', () => {
    const text = webPlainText(r)
    expect(text.split('\n\n')).toEqual(reportParagraphs(r).map((t) => t.normalize('NFC')))
    expect(text).toContain('\n\nThường trực Tỉnh ủy\n\n')
  })

  it('HTML: a block inside a line keeps its words on the line, field blocks included', () => {
    const page = exportHtml(r).html
    const paragraphs = byTag(parseDocument(page), 'p').map(textOf)
    expect(paragraphs).toContain('Đoạn có mục một mục hai ở giữa')
    expect(paragraphs).toContain(`Trong dòng: ${damHa} ${haiHa}`)
    const img = byTag(parseDocument(page), 'img')[0]
    expect(img && attr(img, 'alt')).toBe('Toàn cảnh hội nghị Ảnh: Thu Hiền')
  })

  it('DOCX: the same line, and the caption as the photo description', async () => {
    const { paragraphs, document } = await exportAndOpen(r)
    const texts = paragraphs.map((p) => p.text)
    expect(texts).toContain('Đoạn có mục một mục hai ở giữa')
    expect(texts).toContain(`Trong dòng: ${damHa} ${haiHa}`)
    expect(document).toContain('descr="Toàn cảnh hội nghị Ảnh: Thu Hiền"')
  })

  it('recovery change size: only what was typed, fields counted once from the fields', () => {
    const lines = reportPlainText(r).split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        ',  họp.',
        'Toàn cảnh',
        'hội nghị',
        'Dòng một',
        'dòng hai',
        'Mục trong',
        'Đoạn có mục một mục hai ở giữa',
        'Trong dòng:',
      ]),
    )
    expect(lines.filter((l) => l.includes('Đầm Hà'))).toEqual(['huyện Đầm Hà'])
  })
})

describe('bodyPlainText', () => {
  const walker = bodyPlainText(source(trickyReport()))

  const text = (value: string): BodyNode => ({ type: 'text', text: value })

  it('sets a block inside a line off by a space only where words would touch', () => {
    expect(walker.line([text('x'), p('a'), p('b'), text(' y')])).toBe('x a b y')
    expect(walker.line([text('x '), p('a'), text('y')])).toBe('x a y')
    expect(walker.line([text('x'), p('  '), text('y')])).toBe('xy')
  })

  it('leaves a field it does not know empty and keeps stray inline nodes as a paragraph', () => {
    expect(walker.line([text('a '), field('khongCo'), text('b')])).toBe('a b')
    expect(walker.paragraphs([text('lạc'), br(), p('đoạn')])).toEqual(['lạc\n', 'đoạn'])
  })

  it('gives nothing for an empty body', () => {
    expect(walker.paragraphs(undefined)).toEqual([])
    expect(walker.line([])).toBe('')
  })
})
