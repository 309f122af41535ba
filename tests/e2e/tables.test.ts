import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportFormat } from '@main/handlers/ports'
import { partText, unzipDocx } from '../unit/shared/export/docx/docxPackage'
import { FakeDialogs } from './harness/fakeDialogs'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const DOCS = join(__dirname, '../../docs')

/** The harness's dialogs, answering every export save dialog with its default name in `folder`. */
class ExportDialogs extends FakeDialogs {
  readonly written: Partial<Record<ExportFormat, string>> = {}
  constructor(private readonly folder: string) {
    super(folder)
  }
  override async chooseExportPath(format: ExportFormat, defaultFileName: string): Promise<string | null> {
    const path = join(this.folder, defaultFileName)
    this.written[format] = path
    return path
  }
}

describe('tables at a Word user’s level: size picker, table toolbar, column widths', () => {
  let app: AppUnderTest
  let dialogs: ExportDialogs
  let dir: string

  const page = () => app.page
  const table = () => page().locator('.st-editor table')
  const rows = () => table().locator('tr')
  const row = (n: number) => rows().nth(n).locator('td, th')
  const tableToolbar = () => page().getByRole('toolbar', { name: 'Công cụ bảng' })
  const tool = (name: string) => tableToolbar().getByRole('button', { name, exact: true })
  const texts = () =>
    rows().evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(
          tr.children,
          (c) => `${c.tagName}:${(c as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`,
        ),
      ),
    )

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-tables-'))
    dialogs = new ExportDialogs(dir)
    app = await launchApp({ deps: { dialogs }, viewport: { width: 1024, height: 700 } })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('picks 4 × 3 without a header row from the size picker, by keyboard; Esc closes it', async () => {
    await caretAtEnd(page().locator('.st-editor > p:not(.st-fieldview)').first())
    await page().keyboard.press('Enter')
    expect(await tableToolbar().count()).toBe(0)

    const button = page().getByRole('button', { name: 'Chèn bảng' })
    await button.click()
    const picker = page().getByRole('dialog', { name: 'Chèn bảng' })
    await expect.poll(() => picker.count()).toBe(1)
    await page().keyboard.press('Escape')
    await expect.poll(() => picker.count()).toBe(0)
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await table().count()).toBe(0)

    await button.click()
    const header = picker.getByRole('checkbox', { name: 'Hàng tiêu đề' })
    expect(await header.isChecked()).toBe(true)
    await header.uncheck()
    const grid = page().getByTestId('table-size-grid')
    await grid.press('ArrowDown')
    await expect.poll(() => picker.innerText()).toContain('4 hàng × 3 cột')
    await grid.press('Enter')
    await expect.poll(() => rows().count()).toBe(4)
    expect(await table().locator('td').count()).toBe(12)
    expect(await table().locator('th').count()).toBe(0)
    expect(await picker.count()).toBe(0)
  })

  it('shows the table toolbar only with the caret in a table, and it fits at 1024 × 700', async () => {
    await expect.poll(() => tableToolbar().count()).toBe(1)
    const bar = await tableToolbar().boundingBox()
    const main = await page().locator('.st-main').boundingBox()
    if (!bar || !main) throw new Error('toolbar or editor not laid out')
    expect(bar.x + bar.width).toBeLessThanOrEqual(1024)
    expect(main.y).toBeGreaterThanOrEqual(bar.y + bar.height)
    // Most of the window is still the page being written.
    expect(main.height).toBeGreaterThan(400)
    for (const b of await tableToolbar().getByRole('button').all()) {
      const box = await b.boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= 1024 && box.y + box.height <= main.y).toBe(true)
    }
    // Merging needs several cells chosen; a plain cell cannot be split.
    expect(await tool('Gộp ô').isDisabled()).toBe(true)
    expect(await tool('Tách ô').isDisabled()).toBe(true)
    expect(await tool('Chèn hàng phía dưới').isDisabled()).toBe(false)

    await caretAtEnd(page().locator('.st-editor > p:not(.st-fieldview)').first())
    await expect.poll(() => tableToolbar().count()).toBe(0)
    await row(0).first().click()
    await expect.poll(() => tableToolbar().count()).toBe(1)
  })

  it('types in cells, adds a row below, adds and deletes a column', async () => {
    await caretAtEnd(row(0).first())
    for (const text of ['A1', 'B1', 'C1', 'A2']) {
      await page().keyboard.type(text)
      if (text !== 'A2') await page().keyboard.press('Tab')
    }
    await tool('Chèn hàng phía dưới').click()
    await expect.poll(() => rows().count()).toBe(5)
    // The new row is under the caret's row, the second.
    expect((await texts())[1]).toEqual(['TD:A2', 'TD:', 'TD:'])
    expect((await texts())[2]).toEqual(['TD:', 'TD:', 'TD:'])

    await tool('Chèn cột bên phải').click()
    await expect.poll(() => row(0).count()).toBe(4)
    expect((await texts())[0]).toEqual(['TD:A1', 'TD:', 'TD:B1', 'TD:C1'])
    await row(0).nth(1).click()
    await tool('Xóa cột').click()
    await expect.poll(() => row(0).count()).toBe(3)
    expect((await texts())[0]).toEqual(['TD:A1', 'TD:B1', 'TD:C1'])
  })

  it('merges two cells, splits them again, turns the first row into a header row', async () => {
    await row(0).nth(0).click()
    await row(0)
      .nth(1)
      .click({ modifiers: ['Shift'] })
    await expect.poll(() => tool('Gộp ô').isDisabled()).toBe(false)
    await tool('Gộp ô').click()
    await expect.poll(() => row(0).count()).toBe(2)
    expect(await row(0).first().getAttribute('colspan')).toBe('2')
    // As in Word, the merged cell holds both texts, and keeps them when split again.
    expect((await texts())[0]).toEqual(['TD:A1 B1', 'TD:C1'])
    await expect.poll(() => tool('Tách ô').isDisabled()).toBe(false)
    await tool('Tách ô').click()
    await expect.poll(() => row(0).count()).toBe(3)
    expect(await row(0).first().getAttribute('colspan')).toBeNull()
    expect((await texts())[0]).toEqual(['TD:A1 B1', 'TD:', 'TD:C1'])

    expect(await tool('Hàng tiêu đề').getAttribute('aria-pressed')).toBe('false')
    await tool('Hàng tiêu đề').click()
    await expect.poll(() => table().locator('th').count()).toBe(3)
    expect(await tool('Hàng tiêu đề').getAttribute('aria-pressed')).toBe('true')
    expect((await texts())[0]).toEqual(['TH:A1 B1', 'TH:', 'TH:C1'])
  })

  it('aligns a cell right, undoes and redoes it', async () => {
    await caretAtEnd(row(0).nth(2).locator('p'))
    // Steps closer together than the history's 500 ms are undone as one, as when typing.
    await page().waitForTimeout(600)
    await tool('Căn phải ô').click()
    const align = () =>
      row(0)
        .nth(2)
        .evaluate((el) => getComputedStyle(el).textAlign)
    await expect.poll(align).toBe('right')
    expect(await tool('Căn phải ô').getAttribute('aria-pressed')).toBe('true')
    await page().waitForTimeout(600)
    await page().keyboard.press('Control+z')
    await expect.poll(align).not.toBe('right')
    expect(await table().locator('th').count()).toBe(3)
    expect(await tool('Căn phải ô').getAttribute('aria-pressed')).toBe('false')
    await page().keyboard.press('Control+y')
    await expect.poll(align).toBe('right')
  })

  it('shows the table toolbar in a screenshot for the docs', async () => {
    await caretAtEnd(row(1).nth(1).locator('p'))
    await expect.poll(() => tableToolbar().count()).toBe(1)
    const shot = await page().screenshot({
      ...(process.env.SOANTIN_DOCS_SHOTS === '1' ? { path: join(DOCS, 'table-toolbar.png') } : {}),
    })
    expect(shot.length).toBeGreaterThan(1000)
  })

  it('widens a column by dragging its border', async () => {
    const cell = row(1).first()
    const widths = () =>
      row(1).evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().width)))
    const tableWidth = () => table().evaluate((t) => Math.round(t.getBoundingClientRect().width))
    const before = await widths()
    const wide = await tableWidth()
    const box = await cell.boundingBox()
    if (!box) throw new Error('cell not laid out')
    const y = box.y + box.height / 2
    await page().mouse.move(box.x + box.width - 10, y)
    await page().mouse.move(box.x + box.width - 1, y, { steps: 3 })
    await expect.poll(() => page().locator('.st-editor .column-resize-handle').count()).toBeGreaterThan(0)
    await page().mouse.down()
    await page().mouse.move(box.x + box.width + 60, y, { steps: 5 })
    await page().mouse.move(box.x + box.width + 120, y, { steps: 5 })
    await page().mouse.up()
    await expect.poll(async () => (await widths())[0]).toBeGreaterThan((before[0] ?? 0) + 100)
    // As in Word, the width comes from the neighbour: the table stays as wide as it was.
    const after = await widths()
    expect(after[1]).toBeLessThan((before[1] ?? 0) - 100)
    expect(after[2]).toBe(before[2])
    expect(Math.abs((await tableWidth()) - wide)).toBeLessThanOrEqual(2)
    // One drag is one step to undo.
    await page().keyboard.press('Control+z')
    await expect.poll(widths).toEqual(before)
    await page().keyboard.press('Control+y')
    await expect.poll(widths).toEqual(after)
  })

  it('exports the table to DOCX and HTML with its rows, header, alignment and dragged widths', async () => {
    await app.menu('exportDocx')
    await expect.poll(() => page().getByTestId('docx-export').innerText()).toContain('Đã xuất')
    const docxPath = dialogs.written.docx
    if (!docxPath) throw new Error('no DOCX written')
    const xml = partText(unzipDocx(readFileSync(docxPath)), 'word/document.xml')
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables).toHaveLength(1)
    const tbl = tables[0] ?? ''
    const trs = tbl.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? []
    expect(trs).toHaveLength(5)
    expect(trs.map((tr) => (tr.match(/<w:tc>/g) ?? []).length)).toEqual([3, 3, 3, 3, 3])
    expect(trs[0]).toContain('<w:tblHeader')
    expect(trs[1]).not.toContain('<w:tblHeader')
    // C1's paragraph is right-aligned, A1's is not.
    const cells = (trs[0] ?? '').match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []
    expect(cells[2]).toMatch(/<w:jc w:val="right"\/>[\s\S]*C1/)
    expect(cells[0]).not.toContain('<w:jc ')
    const grid = Array.from(tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g), (m) => Number(m[1]))
    expect(grid).toHaveLength(3)
    expect(grid[0]).toBeGreaterThan((grid[1] ?? 0) * 1.3)

    await app.menu('exportHtml')
    await expect.poll(() => page().getByTestId('web-export').innerText()).toContain('Đã xuất')
    const htmlPath = dialogs.written.html
    if (!htmlPath) throw new Error('no HTML written')
    const html = readFileSync(htmlPath, 'utf8')
    const htmlTable = html.match(/<table[\s\S]*?<\/table>/)?.[0] ?? ''
    expect(htmlTable.match(/<thead>[\s\S]*<\/thead>/)?.[0].match(/<th /g)).toHaveLength(3)
    expect(htmlTable.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(4)
    expect(htmlTable).toContain('<th scope="col" style="text-align: right">C1</th>')
    const cols = Array.from(htmlTable.matchAll(/<col style="width: ([\d.]+)%">/g), (m) => Number(m[1]))
    expect(cols).toHaveLength(3)
    expect(cols.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0)
    expect(cols[0]).toBeGreaterThan((cols[1] ?? 0) * 1.3)
  })
})
