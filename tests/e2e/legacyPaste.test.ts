import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReportBytes } from '@shared/model/parseReport'
import { dispatchPaste } from './harness/dispatchPaste'
import { launchApp, type AppUnderTest } from './harness/launchApp'
import { encodeTcvn3 } from '@shared/text/legacy/tcvn3'
import { windows1252 } from '../fixtures/windows1252'

const TCVN3 = '§ång chÝ Hoµng ThÞ Mai Anh chñ tr× héi nghÞ giao ban.'
const TCVN3_AS_UNICODE = 'Đồng chí Hoàng Thị Mai Anh chủ trì hội nghị giao ban.'
/** As Word puts VNI text on the clipboard: a paragraph in a VNI font. */
const VNI_HTML =
  '<p class=MsoNormal><span style="font-family:VNI-Times;font-size:14pt">UÛy ban nhaân daân huyeän Ba Cheõ toå chöùc hoäi nghò.</span></p>'

describe('text in the old Vietnamese encodings is converted as it is pasted', () => {
  let app: AppUnderTest
  const editor = () => app.page.locator('.st-editor')
  const status = () => app.page.locator('.st-status .st-msg').innerText()
  const paste = (data: { text?: string; html?: string }) => dispatchPaste(app.page, data)
  const newParagraph = async () => {
    await editor().click()
    await app.page.keyboard.press('Control+End')
    await app.page.keyboard.press('Enter')
  }

  beforeAll(async () => {
    app = await launchApp()
  }, 60_000)
  afterAll(async () => {
    await app?.close()
  })

  it('converts a TCVN3 plain-text paste, says so, and one Ctrl+Z keeps the text as it came', async () => {
    await newParagraph()
    await paste({ text: TCVN3 })
    await expect.poll(() => editor().innerText()).toContain(TCVN3_AS_UNICODE)
    expect(await status()).toContain('TCVN3')
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => editor().innerText()).toContain(TCVN3)
    expect(await editor().innerText()).not.toContain(TCVN3_AS_UNICODE)
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => editor().innerText()).not.toContain(TCVN3)
    // Redo brings the paste back, then its conversion.
    await app.page.keyboard.press('Control+y')
    await app.page.keyboard.press('Control+y')
    await expect.poll(() => editor().innerText()).toContain(TCVN3_AS_UNICODE)
  })

  it('converts VNI text pasted from Word as HTML', async () => {
    await newParagraph()
    await paste({ html: VNI_HTML, text: 'UÛy ban nhaân daân huyeän Ba Cheõ toå chöùc hoäi nghò.' })
    await expect.poll(() => editor().innerText()).toContain('Ủy ban nhân dân huyện Ba Chẽ tổ chức hội nghị.')
    expect(await status()).toContain('VNI')
  })

  it('takes Word’s .VnTime font as evidence for a paste too short to tell by its words', async () => {
    await newParagraph()
    const html = (font: string, words: string) =>
      `<p class=MsoNormal><span style='font-family:"${font}",sans-serif'>${words}</span></p>`
    await paste({ html: html('.VnTime', 'Hoµng'), text: 'Hoµng' })
    await expect.poll(() => editor().innerText()).toContain('Hoàng')
    // The same word in an ordinary font is left for the officer to convert on request.
    await newParagraph()
    await paste({ html: html('Times New Roman', 'ThÞ'), text: 'ThÞ' })
    await expect.poll(() => editor().innerText()).toContain('ThÞ')
  })

  it('leaves Unicode text alone, whatever its tone style or foreign words', async () => {
    await newParagraph()
    const before = await status()
    const text = 'Hoà bình và hòa hợp; café, naïve, Müller — Thủy lợi, thuỷ sản.'
    await paste({ text })
    await expect.poll(() => editor().innerText()).toContain(text)
    expect(await status()).toBe(before)
  })

  it('converts a selection on request from the right-click menu', async () => {
    await newParagraph()
    // One word is too little to convert unasked.
    await paste({ text: 'Hoµng' })
    await expect.poll(() => editor().innerText()).toContain('Hoµng')
    for (let i = 0; i < 5; i++) await app.page.keyboard.press('Shift+ArrowLeft')
    const box = await app.page.evaluate(() => {
      const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
    })
    await app.page.mouse.click(box.x, box.y, { button: 'right' })
    const menu = app.page.getByRole('menu', { name: 'Lệnh tại chỗ' })
    await menu.getByRole('menuitem', { name: 'Chuyển mã TCVN3/VNI sang Unicode' }).click()
    await expect.poll(() => editor().innerText()).toContain('Hoàng')
    expect(await editor().innerText()).not.toContain('Hoµng')
    expect(await status()).toContain('TCVN3')
  })

  it('converts a TCVN3 paste into a box of the panel too, and the box’s Ctrl+Z takes it out', async () => {
    const title = app.page.locator('#st-in-title')
    await title.fill('')
    await title.focus()
    await app.page.evaluate((text) => {
      const clipboard = new DataTransfer()
      clipboard.setData('text/plain', text)
      const event = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true })
      document.activeElement?.dispatchEvent(event)
    }, 'Giao ban Th\u00adêng trùc TØnh ñy')
    await expect.poll(() => title.inputValue()).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(await status()).toContain('TCVN3')
    // The report has it, as for any typing in the box: saved, the draft holds the converted title.
    const path = join(app.docsDir, 'chuyen-ma.soantin')
    app.dialogs.saveQueue.push(path)
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => existsSync(path)).toBe(true)
    const saved = parseReportBytes(readFileSync(path))
    expect(saved.ok && saved.report.fields.title).toBe('Giao ban Thường trực Tỉnh ủy')
    await title.focus()
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => title.inputValue()).toBe('')
  })
  it('converts a TCVN3 .txt file inserted from the File menu, paragraphs kept', async () => {
    await newParagraph()
    const lines = ['Đồng chí Hoàng Thị Mai Anh chủ trì hội nghị.', 'Hội nghị đã thống nhất các nội dung.']
    const path = join(app.docsDir, 'bai-cu.txt')
    writeFileSync(path, windows1252(encodeTcvn3(lines.join('\r\n\r\n'))))
    app.dialogs.textOpenQueue.push(path)
    const paragraphs = () => editor().locator('p').allInnerTexts()
    await app.menu('insertTextFile')
    await expect.poll(paragraphs).toEqual(expect.arrayContaining(lines))
    expect(await status()).toBe(
      'Đã chèn văn bản từ “bai-cu.txt”: chữ mã TCVN3 (ABC) đã chuyển sang Unicode (Ctrl+Z để giữ như trong tệp).',
    )
    await app.page.keyboard.press('Control+z')
    await expect.poll(paragraphs).toEqual(expect.arrayContaining([encodeTcvn3(lines[0]!)]))
    // A second Ctrl+Z takes the file's text out again.
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => editor().innerText()).not.toContain(encodeTcvn3(lines[0]!))
  })

  it('says why a file that is not text is not inserted, and changes nothing', async () => {
    const before = await editor().innerText()
    const path = join(app.docsDir, 'anh.txt')
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    app.dialogs.textOpenQueue.push(path)
    await app.menu('insertTextFile')
    await expect.poll(status).toBe('Không chèn được “anh.txt”: Đây không phải tệp văn bản mà là ảnh PNG.')
    expect(await editor().innerText()).toBe(before)
  })
})
