import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../../../helpers/exportDocx'
import { STYLE_NAMES } from '@shared/export/docx/docxStyles'
import type { Report } from '@shared/model/report'
import { cleanText } from '@shared/text/cleanText'
import { reportParagraphs } from '@shared/plainText/reportText'
import { GOLDEN_CASES, seedReport } from '../../../../fixtures/goldenCases'
import { readSeedText } from '../../../../fixtures/seedText'
import { convertToPdf, pdfFonts, pdfInfo, pdfPageText, PYTHON } from './officeTools'

interface PyParagraph {
  style: string | null
  text: string
  alignment: string | null
  image: boolean
}
interface PyDocument {
  page: Record<'width' | 'height' | 'top' | 'bottom' | 'left' | 'right', number> & {
    differentFirstPage: boolean
  }
  styles: string[]
  paragraphs: PyParagraph[]
  tables: string[][][]
  core: { title: string; author: string; subject: string; language: string; created: string | null }
}

const ROOT = join(__dirname, '../../../../..')
const EMU_PER_MM = 36000

const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
const reports = new Map<string, Report>()
const files = new Map<string, { docx: string; pdf: string }>()
let python: Record<string, PyDocument> = {}

/** `expected` appears in `actual` in the same order (other paragraphs may sit between). */
function inOrder(actual: string[], expected: string[]): { missing: string | null } {
  let at = 0
  for (const text of expected) {
    const found = actual.indexOf(text, at)
    if (found < 0) return { missing: text }
    at = found + 1
  }
  return { missing: null }
}

beforeAll(async () => {
  for (const { name, report } of GOLDEN_CASES) {
    const r = report()
    reports.set(name, r)
    const docx = join(dir, `${name}.docx`)
    writeFileSync(docx, (await exportDocx(r)).bytes)
    files.set(name, { docx, pdf: '' })
  }
  const docxFiles = [...files.values()].map((f) => f.docx)
  const pdfDir = join(dir, 'pdf')
  mkdirSync(pdfDir)
  const pdfs = convertToPdf(docxFiles, pdfDir)
  ;[...files.values()].forEach((f, i) => (f.pdf = pdfs[i] ?? ''))
  const script = join(__dirname, 'readDocx.py')
  python = JSON.parse(execFileSync(PYTHON, [script, ...docxFiles], { encoding: 'utf8' })) as Record<
    string,
    PyDocument
  >
  if (process.env.UPDATE_GOLDEN === '1') {
    const seedPdf = files.get('seed')?.pdf ?? ''
    execFileSync('pdftoppm', [
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '80',
      '-png',
      '-singlefile',
      seedPdf,
      join(ROOT, 'docs/seed-docx-page1'),
    ])
  }
}, 180_000)

const py = (name: string) => python[files.get(name)?.docx ?? ''] as PyDocument

describe('DOCX export read back by LibreOffice, python-docx and mammoth', () => {
  it('LibreOffice lays every case out on A4 with a sane page count and only Times-compatible fonts', () => {
    for (const [name, { pdf }] of files) {
      const info = pdfInfo(pdf)
      expect(info.pageSize, name).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/)
      expect(info.pages, name).toBeGreaterThanOrEqual(1)
      expect(info.pages, name).toBeLessThanOrEqual(4)
      const fonts = pdfFonts(pdf)
      expect(fonts.length, name).toBeGreaterThan(0)
      for (const font of fonts) expect(font, name).toMatch(/^(LiberationSerif|TimesNewRoman|Times)/)
      expect(fonts.join(' '), name).not.toMatch(/DejaVu/i)
    }
  })

  it('LibreOffice puts no page number on page 1 and "2" centred at the top of page 2', () => {
    const { pdf } = files.get('seed') ?? { pdf: '' }
    expect(pdfInfo(pdf).pages).toBeGreaterThanOrEqual(2)
    const page1 = pdfPageText(pdf, 1)
      .split('\n')
      .filter((l) => l.trim())
    const page2 = pdfPageText(pdf, 2)
      .split('\n')
      .filter((l) => l.trim())
    expect(page1[0]?.trim()).toMatch(/^Chủ đề công tác năm 2020/)
    expect(page2[0]?.trim()).toBe('2')
    const indent = page2[0]?.indexOf('2') ?? 0
    const width = Math.max(...page2.map((l) => l.trimEnd().length))
    expect(Math.abs(indent - width / 2)).toBeLessThan(width * 0.1)
  })

  it('python-docx reads the page size and the Decree 30 margins', () => {
    for (const name of files.keys()) {
      const { page } = py(name)
      expect(Math.round(page.width / EMU_PER_MM), name).toBe(210)
      expect(Math.round(page.height / EMU_PER_MM), name).toBe(297)
      expect(
        [page.top, page.bottom, page.left, page.right].map((v) => Math.round(v / EMU_PER_MM)),
        name,
      ).toEqual([20, 20, 30, 15])
      expect(page.differentFirstPage, name).toBe(true)
    }
  })

  it('python-docx reads the named styles, paragraph texts and alignments', () => {
    const doc = py('bridgePoints-two')
    for (const key of [
      'themeHeader',
      'title',
      'lead',
      'bridgePoint',
      'body',
      'caption',
      'byline',
      'list',
      'table',
    ] as const) {
      expect(doc.styles).toContain(STYLE_NAMES[key])
    }
    const report = reports.get('bridgePoints-two') as Report
    expect(doc.paragraphs.map((p) => [p.style, p.text, p.alignment])).toEqual([
      [STYLE_NAMES.themeHeader, report.fields.themeHeader.text, 'CENTER (1)'],
      [STYLE_NAMES.title, 'Giao ban Thường trực Tỉnh ủy', 'CENTER (1)'],
      [STYLE_NAMES.lead, reportParagraphs(report)[2], 'JUSTIFY (3)'],
      [STYLE_NAMES.bridgePoint, reportParagraphs(report)[3], 'JUSTIFY (3)'],
      [STYLE_NAMES.bridgePoint, reportParagraphs(report)[4], 'JUSTIFY (3)'],
      [STYLE_NAMES.body, 'Hội nghị được kết nối tới các điểm cầu huyện, thị xã.', 'JUSTIFY (3)'],
      [STYLE_NAMES.byline, 'Thu Hiền (Trung tâm TT-VH)', 'RIGHT (2)'],
    ])
    const table = py('lists-and-table').tables[0]
    expect(table?.[0]).toEqual(['Chỉ tiêu', 'Năm 2021', '9 tháng 2022'])
    expect(table?.[2]).toEqual(['Vốn đầu tư (tỷ đồng)', '32.976', '32.976'])
  })

  it('python-docx reads the core properties', () => {
    const { core } = py('seed')
    expect(core).toMatchObject({
      title: 'Giao ban Thường trực Tỉnh ủy',
      author: 'Thu Hiền',
      subject: 'Cuộc họp Thường trực Tỉnh ủy, ngày 19 tháng 9 năm 2022',
      language: 'vi-VN',
    })
    expect(core.created).toMatch(/^2022-09-19T10:30:00/)
  })

  it('mammoth reads back the full text, NFC, in order', async () => {
    for (const [name, { docx }] of files) {
      const { value } = await mammoth.extractRawText({ buffer: readFileSync(docx) })
      expect(value.normalize('NFC'), name).toBe(value)
      // mammoth's raw text separates paragraphs by a blank line and drops manual line breaks.
      const read = value
        .split('\n\n')
        .map((t) => t.trim())
        .filter(Boolean)
      const expected = reportParagraphs(reports.get(name) as Report).map((t) =>
        cleanText(t).replace(/\n/g, '').trim(),
      )
      expect(inOrder(read, expected).missing, name).toBeNull()
    }
  })

  it('the seed: every paragraph of the article in order, theme header first, caption under the photo, byline right', () => {
    const article = readSeedText()
      .split('\n')
      .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter(Boolean)
    const doc = py('seed')
    const texts = doc.paragraphs.map((p) => p.text)
    expect(article.length).toBeGreaterThan(10)
    expect(inOrder(texts, article).missing).toBeNull()
    expect(texts[0]).toBe(article[0])
    expect(doc.paragraphs[0]?.style).toBe(STYLE_NAMES.themeHeader)
    const caption = doc.paragraphs.findIndex((p) => p.style === STYLE_NAMES.caption)
    expect(doc.paragraphs[caption]?.text).toBe(
      seedReport().body.content?.find((n) => n.type === 'figure')?.content?.[0]?.text,
    )
    expect(doc.paragraphs[caption - 1]?.image).toBe(true)
    expect(doc.paragraphs[caption]?.alignment).toBe('CENTER (1)')
    expect(doc.paragraphs.at(-1)).toMatchObject({
      style: STYLE_NAMES.byline,
      text: article.at(-1),
      alignment: 'RIGHT (2)',
    })
  })
})
