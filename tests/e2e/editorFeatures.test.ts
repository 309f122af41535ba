import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReportBytes, serializeReport } from '@shared/model/parseReport'
import type { BodyNode } from '@shared/model/body'
import { draft, field, figure, p } from '../fixtures/builders'
import { photoPng } from '../fixtures/pngImage'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

function findAll(node: BodyNode, type: string): BodyNode[] {
  return [...(node.type === type ? [node] : []), ...(node.content ?? []).flatMap((c) => findAll(c, type))]
}

describe('editor features: photos with captions, tables, formatting, undo, language', () => {
  let app: AppUnderTest

  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('inserts a photo, takes a caption under it, and embeds the image in the saved draft', async () => {
    const png = join(app.docsDir, 'anh-hoi-nghi.png')
    writeFileSync(png, photoPng(120, 90, 3))
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.type('Toàn cảnh hội nghị.')
    await app.page.getByTestId('image-input').setInputFiles(png)
    const figure = app.page.locator('.st-editor figure')
    await expect.poll(() => figure.count()).toBe(1)
    await expect
      .poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(120)
    await figure.locator('figcaption').click()
    await app.page.keyboard.type('Đồng chí Đỗ Thị Ninh Hường chủ trì tại điểm cầu huyện Đầm Hà')
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => app.page.title()).not.toContain('●')
    const parsed = parseReportBytes(readFileSync(join(app.docsDir, 'Báo cáo.soantin')))
    if (!parsed.ok) throw new Error(parsed.message)
    const [fig] = findAll(parsed.report.body, 'figure')
    expect(fig?.content?.[0]?.text).toBe('Đồng chí Đỗ Thị Ninh Hường chủ trì tại điểm cầu huyện Đầm Hà')
    const asset = parsed.report.assets[String(fig?.attrs?.assetId)]
    expect(asset?.mime).toBe('image/png')
    expect(Buffer.from(asset?.data ?? '', 'base64').equals(readFileSync(png))).toBe(true)
  })

  it('refuses a broken image with a Vietnamese message and loses nothing', async () => {
    const bad = join(app.docsDir, 'hong.jpg')
    writeFileSync(bad, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 1, 2, 3]))
    const before = await app.page.locator('.st-editor').innerText()
    await app.page.getByTestId('image-input').setInputFiles(bad)
    await expect
      .poll(() => app.page.getByRole('alert').innerText())
      .toContain('Không đọc được ảnh "hong.jpg"')
    expect(await app.page.locator('.st-editor').innerText()).toBe(before)
    const notImage = join(app.docsDir, 'ghi-chu.png')
    writeFileSync(notImage, 'đây là văn bản')
    await app.page.getByTestId('image-input').setInputFiles(notImage)
    await expect.poll(() => app.page.getByRole('alert').innerText()).toContain('chỉ nhận ảnh PNG, JPEG')
  })

  it('inserts a table with a header row and formats text from the toolbar', async () => {
    await caretAtEnd(app.page.locator('.st-editor > p:not(.st-fieldview)').first())
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('button', { name: 'Chèn bảng' }).click()
    // The size picker opens on 3 × 3 with a header row.
    await app.page.getByTestId('table-size-grid').press('Enter')
    expect(await app.page.locator('.st-editor table th').count()).toBe(3)
    expect(await app.page.locator('.st-editor table tr').count()).toBe(3)
    await app.page.keyboard.type('Chỉ tiêu')
    await app.page.keyboard.press('Control+a')
    await app.page.getByRole('button', { name: 'Đậm' }).click()
    expect(await app.page.getByRole('button', { name: 'Đậm' }).getAttribute('aria-pressed')).toBe('true')
    expect(await app.page.locator('.st-editor th strong').innerText()).toBe('Chỉ tiêu')
  })

  it('undoes and redoes with the keyboard', async () => {
    await app.page.keyboard.press('Control+n')
    // The table above is unsaved: picking a template asks first.
    await app.page.getByRole('button', { name: 'Tạo báo cáo từ mẫu "Báo cáo trống"' }).click()
    await app.page.getByRole('button', { name: 'Không lưu', exact: true }).click()
    await expect.poll(() => app.page.locator('.st-editor figure').count()).toBe(0)
    // The blank template's one body paragraph (a click in the page's empty middle lands at the end).
    await app.page.locator('.st-editor > p:not(.st-fieldview)').first().click()
    await app.page.keyboard.type('Toàn cảnh hội nghị.')
    await app.page.waitForTimeout(600)
    await app.page.keyboard.type(' Thêm')
    expect(await app.page.locator('.st-editor > p:not(.st-fieldview)').first().innerText()).toBe(
      'Toàn cảnh hội nghị. Thêm',
    )
    await app.page.keyboard.press('Control+z')
    expect(await app.page.locator('.st-editor > p:not(.st-fieldview)').first().innerText()).toBe(
      'Toàn cảnh hội nghị.',
    )
    await app.page.keyboard.press('Control+y')
    expect(await app.page.locator('.st-editor > p:not(.st-fieldview)').first().innerText()).toBe(
      'Toàn cảnh hội nghị. Thêm',
    )
    // Typing went into the body: the theme header field is still there.
    expect(await app.page.locator('.st-editor .st-theme').count()).toBe(1)
  })

  it('opens a draft whose photo data is damaged: the text is there, the app stays up', async () => {
    const report = draft({ id: 'damaged' }, p('Nội dung vẫn còn nguyên.'), figure('hong', '', 'Chú thích'))
    report.assets.hong = { mime: 'image/png', data: '%%% không phải base64 %%%', name: 'hong.png' }
    const path = join(app.docsDir, 'anh-hong.soantin')
    writeFileSync(path, serializeReport(report))
    app.dialogs.openQueue.push(path)
    await app.page.keyboard.press('Control+o')
    const choice = app.page.getByRole('button', { name: 'Không lưu', exact: true })
    if (await choice.isVisible().catch(() => false)) await choice.click()
    await expect.poll(() => app.page.locator('.st-editor').innerText()).toContain('Nội dung vẫn còn nguyên.')
    expect(await app.page.locator('.st-editor figcaption').innerText()).toBe('Chú thích')
  })

  it('labels the field views in the interface language, switching with it', async () => {
    const report = draft({ id: 'fields' }, { type: 'themeHeader' }, p('Chủ trì: ', field('presidingBody')))
    const path = join(app.docsDir, 'truong.soantin')
    writeFileSync(path, serializeReport(report))
    app.dialogs.openQueue.push(path)
    await app.page.keyboard.press('Control+o')
    const choice = app.page.getByRole('button', { name: 'Không lưu', exact: true })
    if (await choice.isVisible().catch(() => false)) await choice.click()
    const theme = app.page.locator('.st-editor .st-theme')
    const inline = app.page.locator('.st-editor span.st-field')
    await expect
      .poll(() => theme.getAttribute('title'))
      .toBe('Chủ đề năm — Enter để sửa trong bảng thông tin')
    await app.page.getByLabel('Ngôn ngữ').selectOption('en')
    await expect
      .poll(() => theme.getAttribute('title'))
      .toBe('Annual theme — Enter to edit in the details panel')
    expect(await inline.getAttribute('title')).toBe('Presiding body — Enter to edit in the details panel')
    expect(await theme.getAttribute('aria-label')).toBe('Annual theme: not filled in')
    await app.page.getByLabel('Language').selectOption('vi')
    await expect
      .poll(() => inline.getAttribute('title'))
      .toBe('Cơ quan chủ trì — Enter để sửa trong bảng thông tin')
  })

  it('switches the interface to English and back', async () => {
    await app.page.getByLabel('Ngôn ngữ').selectOption('en')
    expect(await app.page.getByRole('button', { name: 'Bold' }).count()).toBe(1)
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en')
    await app.page.getByLabel('Language').selectOption('vi')
    expect(await app.page.getByRole('button', { name: 'Đậm' }).count()).toBe(1)
  })
})
