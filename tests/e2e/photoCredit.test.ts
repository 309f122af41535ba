import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppUnderTest } from './harness/launchApp'
import { partText, unzipDocx } from '../unit/shared/export/docx/docxPackage'
import { xmlParagraphs } from '../unit/shared/export/docx/docxXml'

const SEED = join(__dirname, '../../examples/giao-ban-thuong-truc-tinh-uy.soantin')
const DOCX = '2022-09-19 Giao ban Thường trực Tỉnh ủy.docx'
const HTML = '2022-09-19 Giao ban Thường trực Tỉnh ủy.html'

describe('the photo credit, where the unit prints it', () => {
  let app: AppUnderTest
  let dir: string
  const editor = () => app.page.locator('.st-editor')
  const panel = () => app.page.getByTestId('field-panel')
  /** What the page shows after the caption: the CSS content of its ::after, quotes removed. */
  const afterCaption = () =>
    editor()
      .locator('figure figcaption')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content.replace(/^"|"$/g, ''))

  beforeAll(async () => {
    app = await launchApp()
    dir = app.docsDir
    const draft = join(dir, 'giao-ban.soantin')
    copyFileSync(SEED, draft)
    app.dialogs.openQueue.push(draft)
    await app.page.keyboard.press('Control+o')
    await editor().getByText('Sau gần 2 năm triển khai').waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows "(Ảnh: …)" after the caption as it is typed in the panel, and exports it there', async () => {
    expect(['none', '']).toContain(await afterCaption())
    await panel().getByLabel('Tác giả ảnh', { exact: true }).fill('Thanh Vân')
    await expect.poll(afterCaption).toBe(' (Ảnh: Thanh Vân)')
    expect(await panel().getByLabel('In tên tác giả ảnh').inputValue()).toBe('caption')

    await app.page.getByRole('button', { name: 'Xuất DOCX' }).click()
    await expect.poll(() => app.page.getByTestId('docx-export').innerText()).toContain(`Đã xuất "${DOCX}".`)
    const paragraphs = xmlParagraphs(partText(unzipDocx(readFileSync(join(dir, DOCX))), 'word/document.xml'))
    const caption = await editor().locator('figure figcaption').first().innerText()
    expect(paragraphs.map((p) => p.text)).toContain(`${caption.trim()} (Ảnh: Thanh Vân)`)
  })

  it('moves the credit under the byline, once, when the unit prints it there', async () => {
    await panel().getByLabel('In tên tác giả ảnh').selectOption('byline')
    await expect.poll(afterCaption).not.toContain('Thanh Vân')
    await expect
      .poll(() => editor().locator('.st-byline').innerText())
      .toBe('Thu Hiền (Trung tâm TT-VH)\nẢnh: Thanh Vân')

    await app.page.getByRole('button', { name: 'Xuất HTML' }).click()
    await expect.poll(() => app.page.getByTestId('web-export').innerText()).toContain(`Đã xuất "${HTML}"`)
    const html = readFileSync(join(dir, HTML), 'utf8')
    expect(html.match(/Thanh Vân/g)).toHaveLength(1)
    expect(html).toMatch(/Thu Hiền \(Trung tâm TT-VH\)<br>\s*Ảnh: Thanh Vân/)
  })
})
