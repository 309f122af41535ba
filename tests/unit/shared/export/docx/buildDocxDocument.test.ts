import { describe, expect, it } from 'vitest'
import { STYLE_IDS, STYLE_NAMES } from '@shared/export/docx/docxStyles'
import { bridgePointSentence } from '@shared/body/fieldText'
import { defaultPrintLayout, printLayoutSchema } from '@shared/settings/settings'
import { photoPng } from '../../../../fixtures/pngImage'
import * as b from '../../../../fixtures/builders'
import {
  brokenImages,
  DOCX_CASE,
  GOLDEN_CASES,
  listsAndTable,
  twoBridgePoints,
} from '../../../../fixtures/goldenCases'
import { normaliseDocumentXml, partText } from './docxPackage'
import { exportAndOpen, xmlParagraphs } from './docxXml'

const attr = (xml: string, element: string, name: string) =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1]

describe('DOCX export: document structure', () => {
  it('gives every paragraph a named style that the document defines', async () => {
    for (const { name, report } of GOLDEN_CASES) {
      const { parts, paragraphs } = await exportAndOpen(report())
      const styles = partText(parts, 'word/styles.xml')
      const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]))
      const bodyParagraphs = paragraphs.filter((p) => !p.xml.includes('<w:sectPr'))
      expect(bodyParagraphs.length, name).toBeGreaterThan(2)
      for (const p of bodyParagraphs) {
        expect(p.style, `${name}: "${p.text.slice(0, 40)}"`).not.toBeNull()
        expect(defined.has(p.style ?? ''), `${name}: style ${p.style}`).toBe(true)
      }
      for (const key of [
        'body',
        'caption',
        'byline',
        'themeHeader',
        'title',
        'lead',
        'bridgePoint',
      ] as const) {
        expect(styles).toContain(`<w:name w:val="${STYLE_NAMES[key]}"/>`)
      }
    }
  })

  it('writes the structured parts from the fields, in their own styles', async () => {
    const report = twoBridgePoints()
    const { paragraphs } = await exportAndOpen(report)
    const [point1, point2] = report.fields.bridgePoints
    expect(paragraphs.map((p) => [p.style, p.text]).slice(0, 5)).toEqual([
      [STYLE_IDS.themeHeader, report.fields.themeHeader.text],
      [STYLE_IDS.title, report.fields.title],
      [
        STYLE_IDS.lead,
        'Ngày 19/9, Thường trực Tỉnh ủy họp giao ban trực tuyến. Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì.',
      ],
      [STYLE_IDS.bridgePoint, bridgePointSentence(point1!)],
      [STYLE_IDS.bridgePoint, bridgePointSentence(point2!)],
    ])
    expect(paragraphs[4]?.text).toBe('Tại điểm cầu thị xã Quảng Yên, cùng 12 điểm cầu tại 12 xã, phường.')
    expect(paragraphs.at(-1)).toMatchObject({ style: STYLE_IDS.byline, text: 'Thu Hiền (Trung tâm TT-VH)' })

    report.fields.byline.author = 'Thanh Vân'
    report.fields.bridgePoints = []
    const again = await exportAndOpen(report)
    expect(again.paragraphs.filter((p) => p.style === STYLE_IDS.bridgePoint)).toEqual([])
    expect(again.paragraphs.at(-1)?.text).toBe('Thanh Vân (Trung tâm TT-VH)')
  })

  it('starts every numbered list at 1 in a list of its own, and nests lists by level', async () => {
    const { document, parts, paragraphs } = await exportAndOpen(listsAndTable())
    const numbering = partText(parts, 'word/numbering.xml')
    const numIdOf = (text: string) =>
      attr(paragraphs.find((p) => p.text === text)?.xml ?? '', 'w:numId', 'w:val')
    const levelOf = (text: string) =>
      attr(paragraphs.find((p) => p.text === text)?.xml ?? '', 'w:ilvl', 'w:val')
    const first = numIdOf('Rà soát quy hoạch khu công nghiệp')
    const second = numIdOf('Bổ sung vốn đầu tư hạ tầng')
    expect(first).toBeDefined()
    expect(numIdOf('Đào tạo lao động tại chỗ')).toBe(first)
    expect(numIdOf('Hỗ trợ đào tạo nghề')).toBe(second)
    expect(second).not.toBe(first)
    const abstractOf = (numId: string | undefined) =>
      new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1]
    expect(abstractOf(first)).toBeDefined()
    expect(abstractOf(second)).not.toBe(abstractOf(first))
    for (const id of [abstractOf(first), abstractOf(second)]) {
      const definition =
        new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${id}"[\\s\\S]*?</w:abstractNum>`).exec(
          numbering,
        )?.[0] ?? ''
      expect(definition).toMatch(
        /<w:lvl w:ilvl="0"[^>]*>\s*<w:start w:val="1"\/>\s*<w:numFmt w:val="decimal"\/>/,
      )
    }
    expect(levelOf('Rà soát quy hoạch khu công nghiệp')).toBe('0')
    expect(levelOf('Báo cáo trước 30/9')).toBe('1')
    expect(numIdOf('Báo cáo trước 30/9')).not.toBe(first)
    expect(paragraphs.find((p) => p.text === 'Báo cáo trước 30/9')?.style).toBe(STYLE_IDS.list)
    expect(document).not.toContain('ListParagraph')
  })

  it('repeats the header row and fills the text width with the table', async () => {
    const layout = defaultPrintLayout()
    const textWidth =
      11906 -
      Math.round(layout.marginLeftMm * (1440 / 25.4)) -
      Math.round(layout.marginRightMm * (1440 / 25.4))
    const { document } = await exportAndOpen(listsAndTable(), { layout })
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)?.[0] ?? ''
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(grid).toHaveLength(3)
    expect(grid.reduce((a, c) => a + c, 0)).toBe(textWidth)
    expect(table).toContain(`<w:tblW w:type="dxa" w:w="${textWidth}"/>`)
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
    expect(rows).toHaveLength(5)
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, false, false, false, false])
    for (const row of rows) {
      const widths = [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
      expect(widths.reduce((a, c) => a + c, 0)).toBe(textWidth)
    }
    expect(rows[2]).toContain('<w:gridSpan w:val="2"/>')
    expect(rows[3]).toContain('<w:vMerge w:val="restart"/>')
    expect(rows[4]).toContain('<w:vMerge w:val="continue"/>')
    expect(xmlParagraphs(rows[0] ?? '').map((p) => p.style)).toEqual(Array(3).fill(STYLE_IDS.tableHeader))
    expect(xmlParagraphs(rows[1] ?? '').map((p) => p.style)).toEqual(Array(3).fill(STYLE_IDS.table))
  })

  it('embeds photos from the draft at the text width, aspect kept, kept with their caption', async () => {
    const report = listsAndTable()
    const { document, parts, paragraphs } = await exportAndOpen(report)
    const media = [...parts.keys()].filter((k) => k.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    expect(parts.get(media[0]!)).toEqual(Buffer.from(report.assets['jpeg-1']!.data, 'base64'))
    const cx = Number(attr(document, 'wp:extent', 'cx'))
    const cy = Number(attr(document, 'wp:extent', 'cy'))
    const textWidthEmu = (11906 - 1701 - 850) * 635
    expect(cx).toBeLessThanOrEqual(textWidthEmu)
    expect(cx).toBeGreaterThan(textWidthEmu - 15 * 635)
    expect(cy / cx).toBeCloseTo(100 / 160, 2)
    const figure = paragraphs.findIndex((p) => p.xml.includes('<w:drawing>'))
    expect(paragraphs[figure]?.style).toBe(STYLE_IDS.figure)
    expect(paragraphs[figure]?.xml).toContain('<w:keepNext/>')
    expect(paragraphs[figure + 1]).toMatchObject({
      style: STYLE_IDS.caption,
      text: 'Toàn cảnh hội nghị (Ảnh: Thanh Vân)',
    })
    expect(document).toContain('descr="Toàn cảnh phòng họp"')
  })

  it('turns broken and missing photos into visible placeholders and warnings', async () => {
    const { document, parts, paragraphs, warnings } = await exportAndOpen(brokenImages())
    expect(warnings.map((w) => w.code)).toEqual([
      'image-corrupt',
      'image-missing',
      'image-corrupt',
      'image-missing',
    ])
    for (const w of warnings) expect(w.message).toMatch(/^Ảnh thứ \d/)
    const placeholders = paragraphs.filter((p) => p.style === STYLE_IDS.imagePlaceholder)
    expect(placeholders.map((p) => p.text)).toEqual([
      '[Ảnh 1 "bi-cat.png" không hiển thị được: tệp ảnh bị hỏng]',
      '[Ảnh 2 không hiển thị được: thiếu dữ liệu ảnh]',
      '[Ảnh 3 "anh.webp" không hiển thị được: tệp ảnh bị hỏng]',
      '[Ảnh 4 không hiển thị được: thiếu dữ liệu ảnh]',
    ])
    expect([...parts.keys()].filter((k) => k.startsWith('word/media/'))).toHaveLength(1)
    expect(document).not.toContain('etc/hostname')
    expect(paragraphs.map((p) => p.text)).toContain('Đoạn sau ảnh hỏng.')
  })

  it('never follows a path or URL in a figure, even when an asset with that name exists', async () => {
    const assets = { 'https://example.com/a.png': b.asset('image/png', photoPng(10, 10), 'x.png') }
    const report = b.reportWith(
      { ...DOCX_CASE, assets },
      {
        type: 'figure',
        attrs: { assetId: '', alt: '', src: 'https://example.com/a.png' },
        content: [b.t('Ảnh')],
      },
    )
    const { parts, warnings } = await exportAndOpen(report)
    expect([...parts.keys()].some((k) => k.startsWith('word/media/'))).toBe(false)
    expect(warnings.map((w) => w.code)).toEqual(['image-missing'])
  })

  it('writes line breaks, removes control characters without merging words, and keeps links', async () => {
    const { document, parts, paragraphs } = await exportAndOpen(listsAndTable())
    const p = paragraphs.find((x) => x.text.startsWith('Dòng một'))
    expect(p?.text).toBe('Dòng một\ndòng hai sau ngắt dòng; Word\nngắt dòng; xem cổng thông tin.')
    // eslint-disable-next-line no-control-regex
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    // Word and LibreOffice must not stretch a justified line that ends in a manual break.
    expect(partText(parts, 'word/settings.xml')).toContain('<w:doNotExpandShiftReturn/>')
    const rel = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(document)?.[1]
    const rels = partText(parts, 'word/_rels/document.xml.rels')
    // The link policy's normalised form, the same target the HTML export writes.
    expect(rels).toMatch(
      new RegExp(
        `Id="${rel}"[^>]*Target="https://damha.quangninh.gov.vn/"[^>]*TargetMode="External"|Target="https://damha.quangninh.gov.vn/"[^>]*TargetMode="External"[^>]*Id="${rel}"`,
      ),
    )
  })

  it('keeps the words of links it may not keep, and says so', async () => {
    const report = b.reportWith(DOCX_CASE, b.p('Xem ', b.t('tại đây', b.link('javascript:alert(1)')), '.'))
    const { document, paragraphs, warnings } = await exportAndOpen(report)
    expect(paragraphs[0]?.text).toBe('Xem tại đây.')
    expect(document).not.toContain('w:hyperlink')
    expect(warnings.map((w) => w.code)).toEqual(['link-dropped'])
  })

  it('keeps every word of a malformed body (text at block level, blocks in a paragraph, stray items)', async () => {
    const report = b.reportWith(
      DOCX_CASE,
      { type: 'text', text: 'Chữ lạc ở cấp khối.' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn ' }, b.p('lồng trong đoạn')] },
      b.li('Mục danh sách lạc'),
      { type: 'tableCell', content: [b.p('Ô bảng lạc')] },
      b.table(b.tr()),
      { type: 'heading', attrs: { level: 9 }, content: [{ type: 'text', text: 'Tiêu đề cấp 9' }] },
      b.p('Trường lạ: ', b.field('khongCo'), '.'),
    )
    const { paragraphs, warnings } = await exportAndOpen(report)
    const texts = paragraphs.map((p) => p.text)
    for (const t of [
      'Chữ lạc ở cấp khối.',
      'Đoạn lồng trong đoạn',
      'Mục danh sách lạc',
      'Ô bảng lạc',
      'Tiêu đề cấp 9',
      'Trường lạ: .',
    ]) {
      expect(texts).toContain(t)
    }
    expect(paragraphs.find((p) => p.text === 'Tiêu đề cấp 9')?.style).toBe('Heading4')
    expect(warnings.map((w) => w.code)).toEqual(['unknown-field'])
  })

  it('lays out A4 with the unit’s margins and page numbers from page 2, centred in the top margin', async () => {
    const layout = printLayoutSchema.parse({ marginTopMm: 25, marginLeftMm: 35, bodySizePt: 13 })
    const { document, parts } = await exportAndOpen(twoBridgePoints(), { layout })
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(attr(document, 'w:pgMar', 'w:top')).toBe(String(Math.round(25 * (1440 / 25.4))))
    expect(attr(document, 'w:pgMar', 'w:left')).toBe(String(Math.round(35 * (1440 / 25.4))))
    expect(attr(document, 'w:pgMar', 'w:right')).toBe(String(Math.round(15 * (1440 / 25.4))))
    expect(Number(attr(document, 'w:pgMar', 'w:header'))).toBeLessThan(Math.round(25 * (1440 / 25.4)))
    expect(document).toContain('<w:titlePg/>')
    const defaultRef = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(document)?.[1]
    const firstRef = /<w:headerReference w:type="first" r:id="([^"]+)"/.exec(document)?.[1]
    const rels = partText(parts, 'word/_rels/document.xml.rels')
    const target = (id: string | undefined) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? ''
    const header = partText(parts, `word/${target(defaultRef)}`)
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
    expect(header).toContain(`<w:pStyle w:val="${STYLE_IDS.pageNumber}"/>`)
    expect(partText(parts, `word/${target(firstRef)}`)).not.toContain('PAGE')
    const styles = partText(parts, 'word/styles.xml')
    expect(styles).toMatch(
      /<w:style w:type="paragraph" w:styleId="STPageNumber">[\s\S]*?<w:jc w:val="center"\/>/,
    )
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="26"\/>[\s\S]*<\/w:docDefaults>/)

    const without = await exportAndOpen(twoBridgePoints(), { layout: { ...layout, pageNumbers: false } })
    expect(without.document).not.toContain('w:headerReference')
  })

  it('sets Times New Roman for every script, Vietnamese language, and the body’s Decree 30 paragraph', async () => {
    const { parts } = await exportAndOpen(twoBridgePoints())
    const styles = partText(parts, 'word/styles.xml')
    expect(styles).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    )
    expect(styles).toMatch(/<w:lang w:val="vi-VN"/)
    const body = /<w:style w:type="paragraph" w:styleId="STBody">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? ''
    expect(body).toContain('<w:jc w:val="both"/>')
    expect(body).toContain('<w:ind w:firstLine="720"/>')
    expect(styles).toMatch(/<w:pPrDefault>[\s\S]*<w:spacing w:after="120" w:line="276" w:lineRule="auto"\/>/)
  })

  it('writes core properties from the report: title, author from the byline, subject, created, vi-VN', async () => {
    const report = twoBridgePoints()
    const { parts } = await exportAndOpen(report)
    const core = partText(parts, 'docProps/core.xml')
    expect(core).toContain('<dc:title>Giao ban Thường trực Tỉnh ủy</dc:title>')
    expect(core).toContain('<dc:creator>Thu Hiền</dc:creator>')
    expect(core).toContain('<dc:subject>Cuộc họp Thường trực Tỉnh ủy, ngày 19 tháng 9 năm 2022</dc:subject>')
    expect(core).toContain('<dc:language>vi-VN</dc:language>')
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2022-09-19T10:30:00Z</dcterms:created>',
    )
  })

  it('normalises decomposed Vietnamese (NFD) to NFC in the document', async () => {
    const nfd = 'Thường trực Tỉnh ủy chủ trì'.normalize('NFD')
    const report = b.reportWith(DOCX_CASE, b.p(nfd))
    report.fields.title = report.fields.title.normalize('NFD')
    const { document, paragraphs } = await exportAndOpen(report)
    expect(paragraphs[0]?.text).toBe('Thường trực Tỉnh ủy chủ trì')
    expect(document.normalize('NFC')).toBe(document)
  })

  it('reports progress block by block and writes the same document for the same draft', async () => {
    const calls: Array<[number, number]> = []
    const first = await exportAndOpen(listsAndTable(), {
      onProgress: (done, total) => calls.push([done, total]),
    })
    const total = listsAndTable().body.content?.length ?? 0
    expect(calls).toHaveLength(total)
    expect(calls.at(-1)).toEqual([total, total])
    const second = await exportAndOpen(listsAndTable())
    // Only docx's random hyperlink relationship ids differ between runs.
    expect(normaliseDocumentXml(second.document)).toBe(normaliseDocumentXml(first.document))
    expect(second.parts.get('docProps/core.xml')).toEqual(first.parts.get('docProps/core.xml'))
  })
})
