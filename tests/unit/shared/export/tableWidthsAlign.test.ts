import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import type { BodyNode } from '@shared/model/body'
import { exportDocx } from '../../../helpers/exportDocx'
import { report, table, td, th, tr } from '../../../fixtures/builders'
import { partText, unzipDocx } from './docx/docxPackage'
import { errorsOf, runVnu } from './html/vnu'

/** A header row and a body row, columns dragged to 300, 100 and 200 px, one cell per alignment. */
const dragged = (): BodyNode =>
  table(
    tr(
      th('Chỉ tiêu', { colwidth: [300] }),
      th('Kế hoạch', { colwidth: [100], align: 'center' }),
      th('Thực hiện', { colwidth: [200] }),
    ),
    tr(
      td('Thu ngân sách', { colwidth: [300] }),
      td('100', { colwidth: [100], align: 'right' }),
      td('Đạt', { colwidth: [200], align: 'left' }),
    ),
  )

const tableHtml = (body: BodyNode) =>
  exportHtml(report(body), { form: 'fragment' }).html.match(/<table[\s\S]*<\/table>/)?.[0] ?? ''

async function documentXml(body: BodyNode): Promise<string> {
  const { bytes } = await exportDocx(report(body))
  return partText(unzipDocx(bytes), 'word/document.xml')
}

describe('table column widths and cell alignment in the HTML export', () => {
  it('writes the dragged widths as shares of the table and each cell’s alignment', () => {
    const html = tableHtml(dragged())
    expect(html).toContain(
      '<colgroup><col style="width: 50%"><col style="width: 16.67%"><col style="width: 33.33%"></colgroup>',
    )
    expect(html).toContain('<th scope="col" style="text-align: center">Kế hoạch</th>')
    expect(html).toContain('<td style="text-align: right">100</td>')
    expect(html).toContain('<td style="text-align: left">Đạt</td>')
    expect(html).toContain('<td>Thu ngân sách</td>')
  })

  it('writes no widths when a column has none, and ignores hostile alignments', () => {
    const html = tableHtml(
      table(tr(td('a', { colwidth: [300], align: 'toString' }), td('b', { align: 'justify;color:red' }))),
    )
    expect(html).not.toContain('<col')
    expect(html).toBe('<table class="st-table"><tbody><tr><td>a</td><td>b</td></tr></tbody></table>')
  })

  it('passes html-validate and the W3C Nu checker with widths and alignment', async () => {
    const page = exportHtml(report(dragged())).html
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        'doctype-style': ['error', { style: 'lowercase' }],
        'no-inline-style': [
          'error',
          { allowedProperties: ['text-align', 'font-style', 'font-weight', 'max-width', 'height', 'width'] },
        ],
      },
    })
    const messages = validator.validateStringSync(page).results.flatMap((r) => r.messages)
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([])
    const dir = mkdtempSync(join(tmpdir(), 'soantin-widths-'))
    try {
      const file = join(dir, 'widths.html')
      writeFileSync(file, page)
      const errors = errorsOf((await runVnu([file])).get(file) ?? [])
      expect(errors.map((m) => m.message)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})

describe('table column widths and cell alignment in the DOCX export', () => {
  it('sizes the grid columns in the dragged proportions', async () => {
    const xml = await documentXml(dragged())
    const grid = Array.from(xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g), (m) => Number(m[1]))
    expect(grid).toHaveLength(3)
    const [a = 0, b = 0, c = 0] = grid
    expect(a / b).toBeCloseTo(3, 2)
    expect(c / b).toBeCloseTo(2, 2)
  })

  it('aligns each cell’s paragraphs as the cell says, and ignores hostile alignments', async () => {
    const cells = (await documentXml(dragged())).match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []
    const jc = cells.map((cell) => /<w:jc w:val="(\w+)"\/>/.exec(cell)?.[1] ?? null)
    expect(jc).toEqual([null, 'center', null, null, 'right', 'left'])

    const hostile = await documentXml(
      table(tr(td('a', { align: 'constructor' }), td('b', { align: 'toString' }))),
    )
    expect(hostile).toContain('<w:tbl>')
    expect(hostile).not.toContain('<w:jc ')
  })
})
