import { describe, expect, it } from 'vitest'
import { exportHtml, type HtmlExportOptions } from '@shared/export/html/exportHtml'
import { defaultPrintLayout } from '@shared/settings/settings'
import { htmlCases } from './htmlCases'
import {
  allElements,
  attr,
  byTag,
  hasClass,
  isElement,
  parseArticle,
  parseDocument,
  textNodes,
  textOf,
  type HtmlElement,
} from './htmlTree'
import { block, field, p, pa, report, table, td, th, tr } from '../../../../fixtures/builders'

const CASES = new Map(htmlCases().map((c) => [c.name, c]))

function run(name: string, extra: HtmlExportOptions = {}) {
  const c = CASES.get(name)
  if (!c) throw new Error(`no case ${name}`)
  return exportHtml(c.report, { ...c.options, ...extra })
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Each row's width in the HTML table model, counting cells spanning down from rows above. */
function rowWidths(table: HtmlElement | undefined): number[] {
  const taken: Array<Set<number>> = []
  return byTag(table, 'tr').map((row, r) => {
    const mine = (taken[r] ??= new Set())
    let col = 0
    for (const c of row.childNodes.filter(isElement)) {
      while (mine.has(col)) col++
      const cs = Number(attr(c, 'colspan') ?? 1)
      const rs = Number(attr(c, 'rowspan') ?? 1)
      for (let dr = 0; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++) (taken[r + dr] ??= new Set()).add(col + dc)
      col += cs
    }
    return Math.max(...mine) + 1
  })
}

describe('standalone page', () => {
  const out = run('structure/full')
  const doc = parseDocument(out.html)
  const meta = (key: string, value: string) =>
    byTag(doc, 'meta')
      .find((m) => attr(m, key) === value)
      ?.attrs.find((a) => a.name === 'content')?.value

  it('is a complete UTF-8 document in Vietnamese with a title', () => {
    expect(out.html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true)
    expect(byTag(doc, 'meta').some((m) => attr(m, 'charset') === 'utf-8')).toBe(true)
    expect(byTag(doc, 'title').map(textOf)).toEqual(['Giao ban Thường trực Tỉnh ủy'])
  })

  it('describes itself from the lead and carries Open Graph title, description and image', () => {
    const lead =
      'Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần. Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì.'
    expect(meta('name', 'description')).toBe(lead)
    expect(meta('property', 'og:title')).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(meta('property', 'og:description')).toBe(lead)
    expect(meta('property', 'og:image')).toBe(
      `data:image/png;base64,${CASES.get('structure/full')?.report.assets['photo-1']?.data}`,
    )
    expect(meta('name', 'author')).toBe('Thu Hiền (Trung tâm TT-VH)')
  })

  it('has CSS for the screen and for printing on A4 with the print layout margins', () => {
    const css = byTag(doc, 'style').map(textOf).join('')
    expect(css).toMatch(/@page \{\s*size: A4 portrait; margin: 20mm 15mm 20mm 30mm;/)
    expect(css).toContain('@media print')
    expect(css).toContain('@media screen')
    expect(css).toContain("font-family: 'Times New Roman'")
    expect(css).toContain('text-indent: 1.27cm')
  })

  it('prints page numbers centred in the top margin from page 2, unless the layout has none', () => {
    const css = byTag(doc, 'style').map(textOf).join('')
    expect(css).toMatch(/@page \{[^}]*@top-center \{ content: counter\(page\);[^}]*font-size: 13pt; \}\s*\}/)
    expect(css).toMatch(/@page :first \{\s*@top-center \{ content: none; \}\s*\}/)
    const without = run('structure/full', { layout: { ...defaultPrintLayout(), pageNumbers: false } }).html
    expect(without).toMatch(/@page \{\s*size: A4 portrait; margin: 20mm 15mm 20mm 30mm;\s*\}/)
    expect(without).not.toContain('@top-center')
    expect(without).not.toContain('counter(page)')
  })

  it('declares a policy that forbids scripts, frames and forms even when opened from disk', () => {
    const csp = meta('http-equiv', 'Content-Security-Policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("form-action 'none'")
    expect(csp).not.toContain('script-src')
  })

  it('takes margins, font and size from the unit print layout, and refuses a font name that is not a name', () => {
    const layout = { ...defaultPrintLayout(), marginLeftMm: 25, bodySizePt: 13, fontFamily: 'Tinos' }
    const css = byTag(parseDocument(run('structure/full', { layout }).html), 'style')
      .map(textOf)
      .join('')
    expect(css).toContain('margin: 20mm 15mm 20mm 25mm')
    expect(css).toContain('font-size: 13pt')
    expect(css).toContain("font-family: 'Tinos'")
    const hostile = { ...layout, fontFamily: "x'; } body { background: url(javascript:alert(1)) } .a {" }
    const css2 = run('structure/full', { layout: hostile }).html
    expect(css2).not.toContain('javascript')
    expect(css2).toContain("font-family: 'Times New Roman'")
  })
})

describe('semantic structure', () => {
  const doc = parseDocument(run('structure/full').html)
  const article = byTag(doc, 'article')[0]

  it('puts the theme banner and the h1 in a header, then the lead', () => {
    expect(article && attr(article, 'lang')).toBe('vi')
    const header = byTag(article, 'header')[0]
    expect(header).toBeDefined()
    expect(oneLine(textOf(byTag(header, 'p')[0]))).toBe('Chủ đề công tác năm 2022: "Đoàn kết, kỷ cương"')
    expect(byTag(header, 'h1').map(textOf)).toEqual(['Giao ban Thường trực Tỉnh ủy'])
    const lead = byTag(article, 'p').find((e) => hasClass(e, 'st-lead'))
    expect(lead && textOf(lead)).toContain(
      'Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì.',
    )
  })

  it('gives every photo a figure with img alt and a figcaption', () => {
    const fig = byTag(article, 'figure')[0]
    const img = fig && byTag(fig, 'img')[0]
    expect(img && attr(img, 'alt')).toBe('Đồng chí chủ trì tại điểm cầu')
    expect(img && attr(img, 'width')).toBe('48')
    expect(byTag(fig, 'figcaption').map(textOf)).toEqual([
      'Đồng chí Đỗ Thị Ninh Hường – TUV chủ trì (Ảnh: Thanh Vân)',
    ])
    expect(byTag(byTag(fig, 'figcaption')[0], 'em').map(textOf)).toEqual([' (Ảnh: Thanh Vân)'])
  })

  it('writes headings, lists, quotes, rules and tables as such', () => {
    expect(byTag(article, 'h2').map(textOf)).toEqual(['Các nhiệm vụ trọng tâm'])
    expect(byTag(article, 'h3').map(textOf)).toEqual(['Ý kiến kết luận'])
    const outer = byTag(article, 'ul')[0]
    expect(outer && byTag(outer, 'ol').length).toBe(1)
    expect(byTag(article, 'li').map((e) => oneLine(textOf(e)))).toEqual([
      'Rà soát quy hoạch Báo cáo trước 30/9',
      'Báo cáo trước 30/9',
      'Đào tạo lao động',
    ])
    expect(byTag(article, 'blockquote').map((e) => oneLine(textOf(e)))).toEqual(['Phải quyết liệt hơn nữa.'])
    expect(byTag(article, 'hr')).toHaveLength(1)
    const thead = byTag(article, 'thead')[0]
    expect(byTag(thead, 'th').map(textOf)).toEqual(['Chỉ tiêu', 'Kết quả'])
    expect(byTag(thead, 'th').map((e) => attr(e, 'scope'))).toEqual(['col', 'col'])
    expect(byTag(byTag(article, 'tbody')[0], 'td').map(textOf)).toEqual(['GRDP', '12,3%'])
  })

  it('closes with the byline, right-aligned, and marks the conclusion', () => {
    const paragraphs = byTag(article, 'p')
    const last = paragraphs[paragraphs.length - 1]
    expect(last && textOf(last)).toBe('Thu Hiền (Trung tâm TT-VH)')
    expect(last && hasClass(last, 'st-byline')).toBe(true)
    expect(last && attr(last, 'style')).toBe('text-align: right')
    expect(paragraphs.filter((e) => hasClass(e, 'st-conclusion'))).toHaveLength(1)
  })

  it('says what every header cell labels: its column in a header row, its row among data cells', () => {
    const r = report(
      table(
        tr(th('Chỉ tiêu'), th('2021'), th('2022')),
        tr(th('GRDP'), td('11,9%'), td('12,3%')),
        tr(th('Thu'), th('Chi')),
      ),
    )
    const out = parseArticle(exportHtml(r, { form: 'fragment' }).html)
    expect(byTag(byTag(out, 'thead')[0], 'th').map((e) => attr(e, 'scope'))).toEqual(['col', 'col', 'col'])
    const body = byTag(out, 'tbody')[0]
    expect(byTag(body, 'th').map((e) => `${textOf(e)}:${attr(e, 'scope') ?? ''}`)).toEqual([
      'GRDP:row',
      'Thu:col',
      'Chi:col',
    ])
  })

  it('keeps an officer-set alignment and drops a forged one', () => {
    const r = report(
      pa({ textAlign: 'center' }, 'giữa'),
      pa({ textAlign: 'center; background: url(javascript:alert(1))' }, 'giả'),
    )
    const ps = byTag(parseArticle(exportHtml(r, { form: 'fragment' }).html), 'p')
    expect(ps.map((e) => attr(e, 'style'))).toEqual(['text-align: center', undefined])
  })
})

describe('structured parts come from the fields', () => {
  it('shows a changed field in every place it appears', () => {
    const r = report(
      block('reportTitle'),
      pa({ role: 'lead' }, 'Đồng chí ', field('chair'), ' chủ trì.'),
      p('Kết luận, đồng chí ', field('chairName'), ' yêu cầu.'),
    )
    r.fields.chair = { name: 'Phạm Văn B', titles: ['Chủ tịch UBND huyện'], separator: 'endash' }
    r.fields.title = 'Phiên họp UBND huyện'
    const out = exportHtml(r)
    const doc = parseDocument(out.html)
    expect(byTag(doc, 'h1').map(textOf)).toEqual(['Phiên họp UBND huyện'])
    expect(byTag(doc, 'title').map(textOf)).toEqual(['Phiên họp UBND huyện'])
    const texts = byTag(byTag(doc, 'article')[0], 'p').map(textOf)
    expect(texts).toEqual([
      'Đồng chí Phạm Văn B – Chủ tịch UBND huyện chủ trì.',
      'Kết luận, đồng chí Phạm Văn B yêu cầu.',
    ])
  })

  it('renders no bridge point when there is none, each one as its own sentence otherwise', () => {
    const none = parseDocument(run('bridgePoints/empty').html)
    expect(allElements(none).filter((e) => hasClass(e, 'st-bridge-point'))).toHaveLength(0)
    const two = allElements(parseDocument(run('bridgePoints/two').html)).filter((e) =>
      hasClass(e, 'st-bridge-point'),
    )
    expect(two.map(textOf)).toEqual([
      'Tại điểm cầu huyện Đầm Hà, đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì cuộc họp.',
      'Tại điểm cầu huyện Hải Hà. Có 12 điểm cầu tại 12 xã, thị trấn.',
    ])
    const custom = allElements(parseDocument(run('bridgePoints/customPattern').html)).filter((e) =>
      hasClass(e, 'st-bridge-point'),
    )
    expect(custom.map(textOf)).toEqual([
      'Dự hội nghị tại điểm cầu Hưng Yên có ông Trần Văn A, Phó Chủ tịch UBND tỉnh.',
    ])
  })
})

describe('CMS fragment', () => {
  const out = run('structure/full', { form: 'fragment' })
  const frag = parseArticle(out.html)

  it('is the article alone: no document, head, CSS or Open Graph', () => {
    expect(out.html.trim().startsWith('<article class="st-report" lang="vi">')).toBe(true)
    expect(out.html.trim().endsWith('</article>')).toBe(true)
    for (const tag of ['html', 'head', 'body', 'style', 'meta', 'title'])
      expect(byTag(frag, tag)).toHaveLength(0)
  })

  it('carries inline styles only where the portal would lose meaning', () => {
    const styled = allElements(frag)
      .filter((e) => attr(e, 'style') !== undefined)
      .map((e) => `${e.tagName}.${attr(e, 'class') ?? ''}: ${attr(e, 'style')}`)
    expect(styled.sort()).toEqual(
      [
        'figcaption.st-caption: text-align: center; font-style: italic',
        'img.: max-width: 100%; height: auto',
        'p.st-byline: text-align: right',
        'p.st-theme: text-align: center',
      ].sort(),
    )
  })

  it('gives every image alt text, falling back to the caption, then to a generic description', () => {
    const imgs = byTag(parseArticle(run('figure/noAlt', { form: 'fragment' }).html), 'img')
    expect(imgs.map((i) => attr(i, 'alt'))).toEqual(['Chú thích làm mô tả', 'Ảnh minh họa'])
  })

  it('holds the same article as the standalone page', () => {
    const page = run('structure/full').html
    expect(page).toContain(out.html.trim())
  })
})

describe('tables and lists', () => {
  it('uses thead only when the first row is a header row', () => {
    expect(byTag(parseDocument(run('table/noHeader').html), 'thead')).toHaveLength(0)
    expect(byTag(parseDocument(run('table/noHeader').html), 'td').map(textOf)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('keeps every cell of a ragged table and pads it into a rectangle', () => {
    const doc = parseDocument(run('table/ragged').html)
    const tables = byTag(doc, 'table')
    expect(tables).toHaveLength(3)
    // Row 3 is five columns wide, so every row is padded to five.
    expect(tables.map(rowWidths)).toEqual([[5, 5, 5, 5], [1], [2, 2]])
    // The short row's padding is one empty cell spanning the rest, not one cell per column.
    const padded = byTag(byTag(tables[0], 'tr')[1], 'td')
    expect(padded.map((e) => [textOf(e), attr(e, 'colspan')])).toEqual([
      ['1', undefined],
      ['', '4'],
    ])
    expect(byTag(tables[0], 'td').map((e) => attr(e, 'rowspan'))).toContain('2')
    expect(textNodes(tables[0]).join('|')).toBe('A|B|1|2|3|4|5|6|7')
    // One wide cell alone: the columns with no cell starting in them are merged away.
    expect(byTag(tables[1], 'td').map((e) => attr(e, 'colspan'))).toEqual([undefined])
  })

  it('writes ordered lists with their start and type, and list item paragraphs after the first', () => {
    const doc = parseDocument(run('lists/startAndNested').html)
    const ols = byTag(doc, 'ol')
    expect(ols.map((e) => [attr(e, 'start'), attr(e, 'type')])).toEqual([
      ['3', undefined],
      [undefined, 'a'],
    ])
    expect(byTag(ols[0], 'li').map((e) => oneLine(textOf(e)))).toEqual([
      'Mục ba',
      'Mục bốn Đoạn thứ hai của mục bốn',
    ])
    expect(byTag(byTag(ols[0], 'li')[1], 'p').map(textOf)).toEqual(['Đoạn thứ hai của mục bốn'])
    expect(byTag(doc, 'ul')).toHaveLength(2)
  })
})

describe('text and marks', () => {
  it('merges runs that share marks into one element each', () => {
    const article = run('marks/overlapping', { form: 'fragment' }).html
    expect(article).toContain(
      '<p>Thường <strong>đậm <em>đậm nghiêng </em></strong><em>nghiêng</em><u> gạch chân</u><s> gạch ngang</s> và ' +
        '<a href="https://damha.quangninh.gov.vn/tin-tuc?id=1&amp;x=2" rel="noopener noreferrer"><strong>liên kết đậm</strong> liên kết</a></p>',
    )
  })

  it('keeps web and mail links, drops the rest with a warning, and keeps their words', () => {
    const out = run('links/safeAndUnsafe')
    const anchors = byTag(parseDocument(out.html), 'a')
    expect(anchors.map((a) => attr(a, 'href'))).toEqual([
      'https://quangninh.gov.vn/',
      'mailto:ttvh@damha.gov.vn',
    ])
    expect(anchors.every((a) => attr(a, 'rel') === 'noopener noreferrer')).toBe(true)
    const p0 = byTag(byTag(parseDocument(out.html), 'article')[0], 'p')[0]
    expect(p0 && textOf(p0)).toBe('web mail js rel file data cred')
    expect(out.warnings).toHaveLength(5)
    expect(out.warnings.every((w) => w.startsWith('Đã bỏ một liên kết không an toàn'))).toBe(true)
  })

  it('escapes <, & and quotes in text, fields, alt text and captions', () => {
    const out = run('text/escaping')
    expect(out.html).toContain(
      'a &lt; b &amp;&amp; c &gt; d, "trích dẫn" và \'nháy đơn\' &lt;/p&gt;&lt;p&gt;',
    )
    expect(out.html).toContain('<h1 class="st-title">Tiêu đề &lt;có&gt; &amp; "dấu nháy"</h1>')
    expect(out.html).toContain('<title>Tiêu đề &lt;có&gt; &amp; "dấu nháy"</title>')
    expect(out.html).toContain('alt="Ảnh &quot;đẹp&quot; &lt;b&gt;"')
    expect(out.html).toContain('content="Tiêu đề &lt;có&gt; &amp; &quot;dấu nháy&quot;"')
    const doc = parseDocument(out.html)
    expect(byTag(doc, 'h1').map(textOf)).toEqual(['Tiêu đề <có> & "dấu nháy"'])
    expect(byTag(doc, 'figcaption').map(textOf)).toEqual(['Chú thích <i>không</i> phải thẻ & ký hiệu'])
    expect(byTag(doc, 'img').map((i) => attr(i, 'alt'))).toEqual(['Ảnh "đẹp" <b>'])
    expect(allElements(byTag(doc, 'article')[0]).map((e) => e.tagName)).not.toContain('b')
    expect(allElements(byTag(doc, 'article')[0]).map((e) => e.tagName)).not.toContain('i')
    const byline = allElements(doc).find((e) => hasClass(e, 'st-byline'))
    expect(byline && textOf(byline)).toBe('Tin, ảnh: A & B (<Trung tâm>)')
  })

  it('removes control characters without merging words and turns line-ending controls into <br>', () => {
    const ps = byTag(byTag(parseDocument(run('text/controlChars').html), 'article')[0], 'p')
    expect(ps.map(textOf)).toEqual(['Hà Nội\ndòng mới\ndòng nữa kết thúc ', 'Đoạn có ngắt\ndòng'])
  })

  it('writes NFC whatever the draft held', () => {
    const out = run('text/nfd')
    expect(out.html).toBe(out.html.normalize('NFC'))
    expect(out.html).toContain('<h1 class="st-title">Giao ban Thường trực Tỉnh ủy</h1>')
    expect(out.html).toContain('Đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì')
  })

  it('brings pasted h1, h5 and h6 into the body range h2–h4 without skipping a level', () => {
    const doc = parseDocument(run('headings/levels').html)
    expect(allElements(byTag(doc, 'article')[0]).map((e) => `${e.tagName}:${textOf(e)}`)).toEqual([
      'h2:Cấp một',
      'h3:Cấp năm',
      'h3:Cấp ba',
      'h2:Không cấp',
      'h1:Giao ban Thường trực Tỉnh ủy',
      'h2:Sau tiêu đề',
      'h3:Cấp bốn',
    ])
  })
})
