import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportFormat } from '@main/handlers/ports'
import { photoPng } from '../fixtures/pngImage'
import { partText, unzipDocx } from '../unit/shared/export/docx/docxPackage'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const DOCS = join(__dirname, '../../docs')
const ALT = 'Toàn cảnh hội nghị tại điểm cầu tỉnh'
const CAPTION = 'Đồng chí Bí thư Tỉnh ủy phát biểu'

describe('editing a photo in the body: select, resize, describe, move, replace, delete', () => {
  let app: AppUnderTest
  const figure = () => app.page.locator('.st-editor figure')
  const img = () => figure().locator('img')
  const photoBar = () => app.page.getByRole('toolbar', { name: 'Ảnh đang chọn' })
  const shownWidth = () => img().evaluate((el) => el.getBoundingClientRect().width)
  const widthAttr = () => img().getAttribute('data-width')
  const naturalWidth = () => img().evaluate((el: HTMLImageElement) => el.naturalWidth)
  /** The figure's place among the body's blocks. */
  const figureIndex = () =>
    figure().evaluate((el) => Array.prototype.indexOf.call(el.parentElement?.children ?? [], el))
  const writePhoto = (name: string, width: number) => {
    const path = join(app.docsDir, name)
    writeFileSync(path, photoPng(width, width / 2, width))
    return path
  }
  /** "Thay ảnh…" on the selected photo, picking `path` in the file chooser it opens. */
  const replaceWith = async (path: string) => {
    const chooser = app.page.waitForEvent('filechooser')
    await photoBar().getByRole('button', { name: 'Thay ảnh…' }).click()
    await (await chooser).setFiles(path)
  }
  const exported = async (format: ExportFormat, button: string, status: string) => {
    const before = app.dialogs.exportNames.length
    await app.page.getByRole('button', { name: button }).click()
    await expect.poll(() => app.page.getByTestId(status).innerText()).toContain('Đã xuất')
    const entry = app.dialogs.exportNames[before]
    if (!entry || entry[0] !== format) throw new Error(`no ${format} export`)
    return readFileSync(join(app.docsDir, entry[1]))
  }

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1400, height: 900 } })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('selects the photo on a click and shows its handles and toolbar', async () => {
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.type('Đoạn đầu.')
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.type('Đoạn cuối.')
    await caretAtEnd(app.page.locator('.st-editor p', { hasText: 'Đoạn đầu.' }))
    await app.page.getByTestId('image-input').setInputFiles(writePhoto('rong.png', 1600))
    await expect.poll(naturalWidth).toBe(1600)
    await caretAtEnd(figure().locator('figcaption'))
    await app.page.keyboard.type(CAPTION)
    expect(await photoBar().count()).toBe(0)
    await img().click()
    await expect.poll(() => figure().getAttribute('class')).toContain('ProseMirror-selectednode')
    await expect.poll(() => photoBar().count()).toBe(1)
    expect(await figure().locator('.st-photo-handle-right').isVisible()).toBe(true)
    // The caption is still the figure's own editable text.
    expect(await figure().locator('figcaption').innerText()).toBe(CAPTION)
  })

  it('shows the 50 % preset at half the full width, and a drag resizes in one undo step', async () => {
    const full = await shownWidth()
    const textWidth = await figure().evaluate((el) => el.getBoundingClientRect().width)
    expect(full).toBeGreaterThan(300)
    expect(Math.abs(full - textWidth)).toBeLessThan(2)
    await photoBar().getByRole('button', { name: '50 %' }).click()
    await expect.poll(widthAttr).toBe('50')
    await expect.poll(shownWidth).toBeCloseTo(full / 2, -1)
    expect(await naturalWidth()).toBe(1600)

    const handle = figure().locator('.st-photo-handle-right')
    const box = await handle.boundingBox()
    if (!box) throw new Error('no handle')
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    await app.page.mouse.move(x, y)
    await app.page.mouse.down()
    // 10 % of the text width each side: the centred photo grows by 20 %.
    await app.page.mouse.move(x + textWidth * 0.05, y, { steps: 4 })
    await app.page.mouse.move(x + textWidth * 0.1, y, { steps: 4 })
    await app.page.mouse.up()
    await expect.poll(widthAttr).toBe('70')
    await expect.poll(shownWidth).toBeCloseTo(full * 0.7, -1)
    await app.page.keyboard.press('Control+z')
    await expect.poll(widthAttr).toBe('50')
    await expect.poll(shownWidth).toBeCloseTo(full / 2, -1)
  })

  it('sets the alt text in the in-app dialog', async () => {
    await img().click()
    await photoBar().getByRole('button', { name: 'Mô tả ảnh (alt)…' }).click()
    const dialog = app.page.getByTestId('photo-alt-dialog')
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.innerText()).toContain('Để trống thì dùng chú thích ảnh.')
    await dialog.getByRole('textbox').fill(ALT)
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(() => img().getAttribute('alt')).toBe(ALT)
    expect(await dialog.count()).toBe(0)
  })

  it('moves the photo one block down and back up', async () => {
    await img().click()
    const at = await figureIndex()
    await photoBar().getByRole('button', { name: 'Xuống' }).click()
    await expect.poll(figureIndex).toBe(at + 1)
    expect(await figure().evaluate((el) => el.previousElementSibling?.textContent)).toBe('Đoạn cuối.')
    await photoBar().getByRole('button', { name: 'Lên' }).click()
    await expect.poll(figureIndex).toBe(at)
    // Each move is one undo step.
    await app.page.keyboard.press('Control+z')
    await expect.poll(figureIndex).toBe(at + 1)
    await app.page.keyboard.press('Control+y')
    await expect.poll(figureIndex).toBe(at)
  })

  it('replaces the photo keeping caption, alt and width, and refuses a file that is no image', async () => {
    await img().click()
    await replaceWith(writePhoto('moi.png', 900))
    await expect.poll(naturalWidth).toBe(900)
    expect(await figure().locator('figcaption').innerText()).toBe(CAPTION)
    expect(await img().getAttribute('alt')).toBe(ALT)
    expect(await widthAttr()).toBe('50')

    const fake = join(app.docsDir, 'van-ban.png')
    writeFileSync(fake, 'đây là văn bản, không phải ảnh')
    await img().click()
    await replaceWith(fake)
    await expect
      .poll(() => app.page.getByRole('alert').innerText())
      .toContain('Không chèn được ảnh "van-ban.png"')
    expect(await naturalWidth()).toBe(900)
    expect(await figure().count()).toBe(1)
  })

  it('shows a selected photo with its handles and toolbar in a screenshot for the docs', async () => {
    await app.page.locator('.st-main').evaluate((el) => el.scrollTo({ top: 0 }))
    await img().click()
    // The toolbar floats above the photo, clear of the image and its handles.
    await expect
      .poll(async () => {
        const bar = await photoBar().boundingBox()
        const photo = await img().boundingBox()
        return bar && photo ? photo.y - (bar.y + bar.height) : -1
      })
      .toBeGreaterThan(4)
    await expect.poll(() => photoBar().count()).toBe(1)
    const shot = await app.page.screenshot({
      ...(process.env.SOANTIN_DOCS_SHOTS === '1' ? { path: join(DOCS, 'photo-handles.png') } : {}),
    })
    expect(shot.length).toBeGreaterThan(1000)
  })

  it('keeps width and alt through save and reopen, and in the DOCX and HTML exports', async () => {
    const path = join(app.docsDir, 'anh.soantin')
    app.dialogs.saveQueue.push(path)
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => app.page.title()).toBe('anh.soantin — Soạn Tin')
    app.dialogs.openQueue.push(path)
    await app.page.keyboard.press('Control+o')
    await expect.poll(naturalWidth).toBe(900)
    expect(await widthAttr()).toBe('50')
    expect(await img().getAttribute('alt')).toBe(ALT)

    const xml = partText(unzipDocx(await exported('docx', 'Xuất DOCX', 'docx-export')), 'word/document.xml')
    expect(xml).toContain(`descr="${ALT}"`)
    const cx = Number(/<wp:extent cx="(\d+)"/.exec(xml)?.[1])
    const page = /<w:pgSz w:w="(\d+)"/.exec(xml)
    const margins = /<w:pgMar w:top="\d+" w:right="(\d+)" w:bottom="\d+" w:left="(\d+)"/.exec(xml)
    // Twips to EMU: 635 each.
    const textEmu = (Number(page?.[1]) - Number(margins?.[1]) - Number(margins?.[2])) * 635
    expect(cx / textEmu).toBeCloseTo(0.5, 2)

    const html = (await exported('html', 'Xuất HTML', 'web-export')).toString('utf8')
    const tag = /<img [^>]*>/.exec(html.slice(html.indexOf('<figure')))?.[0] ?? ''
    expect(tag).toContain(`alt="${ALT}"`)
    expect(tag).toContain('max-width: 50%')
  })

  it('deletes the photo in one undo step', async () => {
    await img().click()
    await photoBar().getByRole('button', { name: 'Xóa ảnh' }).click()
    await expect.poll(() => figure().count()).toBe(0)
    await expect.poll(() => photoBar().count()).toBe(0)
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => figure().count()).toBe(1)
    expect(await figure().locator('figcaption').innerText()).toBe(CAPTION)
  })
})
