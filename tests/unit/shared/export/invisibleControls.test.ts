import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import { webPlainText } from '@shared/export/html/webPlainText'
import type { Report } from '@shared/model/report'
import { suggestFileName } from '@shared/text/fileName'
import * as b from '../../../fixtures/builders'
import { partText } from './docx/docxPackage'
import { exportAndOpen } from './docx/docxXml'
import {
  allElements,
  attr,
  byTag,
  parseArticle,
  parseDocument,
  textOf,
  type HtmlElement,
} from './html/htmlTree'

// Written apart from the exporter's own list, so a control dropped from that list fails here.
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/u

const CONTROLS: ReadonlyArray<readonly [string, string]> = [
  ['RLO U+202E', '\u202E'],
  ['LRO U+202D', '\u202D'],
  ['RLE U+202B', '\u202B'],
  ['LRE U+202A', '\u202A'],
  ['PDF U+202C', '\u202C'],
  ['RLI U+2067', '\u2067'],
  ['LRI U+2066', '\u2066'],
  ['FSI U+2068', '\u2068'],
  ['PDI U+2069', '\u2069'],
  ['RLM U+200F', '\u200F'],
  ['LRM U+200E', '\u200E'],
  ['ALM U+061C', '\u061C'],
  ['ZWSP U+200B', '\u200B'],
  ['ZWNJ U+200C', '\u200C'],
  ['ZWJ U+200D', '\u200D'],
  ['word joiner U+2060', '\u2060'],
  ['BOM U+FEFF', '\uFEFF'],
  ['soft hyphen U+00AD', '\u00AD'],
  ['tag letter U+E0041', '\u{E0041}'],
]

/** The clean text of each slot, and what a reader of it sees. */
const CLEAN = {
  title: 'Giao ban Thường trực Tỉnh ủy',
  author: 'Thu Hiền',
  lead: 'Sáng 19/9, Thường trực Tỉnh ủy họp giao ban.',
  url: 'https://example.com/gpj.exe',
  caption: 'Quang cảnh hội nghị',
  alt: 'Đồng chí Nguyễn Xuân Ký phát biểu',
  place: 'huyện Đầm Hà',
  chair: 'Đỗ Thị Ninh Hường',
  cell: 'Tăng trưởng 11,9%',
} as const

/** The control inside every word (after the first letter), at the start and at the end. */
const spliced = (text: string, c: string) =>
  c + text.replace(/(^|[\s/])(\p{L})/gu, (_m, before: string, letter: string) => `${before}${letter}${c}`) + c

function hostileReport(c: string): Report {
  const s = (text: string) => spliced(text, c)
  const r = b.reportWith(
    {
      bridgePoints: [
        {
          id: 'bp1',
          place: s(CLEAN.place),
          chair: { name: s(CLEAN.chair), titles: [s('Bí thư Huyện ủy')], separator: 'endash' },
          note: '',
        },
      ],
    },
    b.block('reportTitle'),
    b.pa({ role: 'lead' }, s(CLEAN.lead)),
    b.p('Xem ', b.t(s(CLEAN.url), b.link(s(CLEAN.url))), '.'),
    b.bridgePoints(),
    b.h(2, s('Kết luận')),
    b.ul(b.li(s('một hai'))),
    b.table(b.tr(b.td(s(CLEAN.cell)))),
    b.block('byline'),
  )
  r.fields.title = s(CLEAN.title)
  r.fields.byline = { prefix: '', author: s(CLEAN.author), unit: '' }
  const photo = b.withPhoto(r, 'p1', s('Ảnh hội nghị.png'))
  r.body.content?.splice(3, 0, b.figure(photo, s(CLEAN.alt), s(CLEAN.caption)))
  return r
}

/** Text with numeric character references decoded, so an escaped control is still found. */
const decoded = (xml: string) =>
  xml.replace(/&#(x[0-9a-f]+|\d+);/gi, (_m, n: string) =>
    String.fromCodePoint(n[0]?.toLowerCase() === 'x' ? parseInt(n.slice(1), 16) : Number(n)),
  )

/** Every text node and attribute value of a parsed page or fragment. */
function htmlStrings(root: unknown): string[] {
  return [textOf(root), ...allElements(root).flatMap((el: HtmlElement) => el.attrs.map((a) => a.value))]
}

function expectLinkHonest(root: unknown) {
  const links = byTag(root, 'a')
  expect(links.map((a) => [textOf(a), attr(a, 'href')])).toEqual([[CLEAN.url, CLEAN.url]])
}

describe.each(CONTROLS)('%s never reaches published text', (_name, c) => {
  const report = hostileReport(c)

  it('DOCX: body, fields, caption, link text and target, picture name, core properties', async () => {
    const { parts, document, paragraphs } = await exportAndOpen(report)
    for (const [name, part] of parts) {
      if (name.endsWith('.xml') || name.endsWith('.rels'))
        expect(decoded(part.toString('utf8')), name).not.toMatch(INVISIBLE)
    }
    const texts = paragraphs.map((p) => p.text)
    for (const visible of [CLEAN.title, CLEAN.lead, CLEAN.caption, CLEAN.cell, 'Kết luận', 'một hai'])
      expect(texts, visible).toContain(visible)
    expect(texts).toContain(`Xem ${CLEAN.url}.`)
    expect(texts.join('\n')).toContain(CLEAN.place)
    expect(texts.join('\n')).toContain(CLEAN.chair)
    expect(texts.join('\n')).toContain(CLEAN.author)
    const rels = partText(parts, 'word/_rels/document.xml.rels')
    expect(rels).toContain(`Target="${CLEAN.url}"`)
    expect(document).toContain(`descr="${CLEAN.alt}"`)
    const core = partText(parts, 'docProps/core.xml')
    expect(core).toContain(`<dc:title>${CLEAN.title}</dc:title>`)
    expect(core).toContain(`<dc:creator>${CLEAN.author}</dc:creator>`)
  })

  it('HTML page: text, <title>, meta, alt, caption, link text equal to its target', () => {
    const out = exportHtml(report)
    expect(decoded(out.html)).not.toMatch(INVISIBLE)
    const page = parseDocument(out.html)
    for (const value of htmlStrings(page)) expect(value).not.toMatch(INVISIBLE)
    expect(out.title).toBe(CLEAN.title)
    expect(textOf(byTag(page, 'title')[0])).toBe(CLEAN.title)
    const meta = (key: string) =>
      byTag(page, 'meta')
        .filter((m) => attr(m, 'name') === key || attr(m, 'property') === key)
        .map((m) => attr(m, 'content'))
    expect(meta('description')).toEqual([CLEAN.lead])
    expect(meta('og:title')).toEqual([CLEAN.title])
    expect(meta('author')[0]).toContain(CLEAN.author)
    expect(byTag(page, 'img').map((i) => attr(i, 'alt'))).toEqual([CLEAN.alt])
    expect(byTag(page, 'figcaption').map(textOf)).toEqual([CLEAN.caption])
    expect(byTag(page, 'h1').map(textOf)).toEqual([CLEAN.title])
    expect(textOf(page)).toContain(CLEAN.place)
    expect(textOf(page)).toContain(CLEAN.chair)
    expectLinkHonest(page)
    expect(out.warnings).toEqual([])
  })

  it('HTML fragment and the plain-text version beside it on the clipboard', () => {
    const fragment = exportHtml(report, { form: 'fragment' })
    expect(decoded(fragment.html)).not.toMatch(INVISIBLE)
    const article = parseArticle(fragment.html)
    for (const value of htmlStrings(article)) expect(value).not.toMatch(INVISIBLE)
    expectLinkHonest(article)
    const plain = webPlainText(report)
    expect(plain).not.toMatch(INVISIBLE)
    for (const visible of [CLEAN.title, CLEAN.lead, CLEAN.caption, CLEAN.cell, `Xem ${CLEAN.url}.`])
      expect(plain).toContain(visible)
  })

  it('the suggested file name', () => {
    expect(suggestFileName(report, '.docx')).toBe(`2022-09-19 ${CLEAN.title}.docx`)
  })
})

describe('what a control is needed for stays', () => {
  const emoji = 'Chúc mừng \u{1F469}\u200D\u{1F4BB} \u{1F3F3}\uFE0F\u200D\u{1F308}'

  it('an emoji sequence keeps its joiner in both outputs', async () => {
    const report = b.report(b.p(emoji))
    const { paragraphs } = await exportAndOpen(report)
    expect(paragraphs.map((p) => p.text)).toContain(emoji)
    expect(byTag(parseArticle(exportHtml(report, { form: 'fragment' }).html), 'p').map(textOf)).toContain(
      emoji,
    )
    expect(webPlainText(report)).toContain(emoji)
  })
})

describe('a paragraph of nothing but controls', () => {
  it('is blank on the web page, as it looked in the editor, not an empty <p>', () => {
    const report = b.report(b.p('Trước'), b.p('\u200B\u202E\u2066'), b.p('Sau'))
    const html = exportHtml(report, { form: 'fragment' }).html
    expect(byTag(parseArticle(html), 'p').map(textOf)).toEqual(['Trước', 'Sau'])
  })
})
