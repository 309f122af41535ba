import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const DOCS = join(import.meta.dirname, '..', '..', 'docs')
const TEXT = 'Hòa bình, hoà hợp và hóa giải. Hoa nở.'

describe('find and replace', () => {
  let app: AppUnderTest
  const page = () => app.page
  const bar = () => page().getByTestId('find-bar')
  const count = () => page().getByTestId('find-count').textContent()
  const current = () => page().locator('.st-editor .st-find-current').textContent()
  const body = () => page().locator('.st-editor p').first().textContent()

  // The search starts from the editor's own caret; on a loaded machine its state can still hold the
  // click's position after the DOM caret has moved to the end, so wait until the state is there too.
  const editorCaretAtParagraphEnd = () =>
    page()
      .locator('.st-editor')
      .evaluate((el) => {
        const tiptap = (el as { editor?: TiptapLike }).editor
        const selection = tiptap?.state.selection
        return (
          !!selection &&
          selection.empty &&
          selection.$from.parentOffset === selection.$from.parent.content.size
        )
      })

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('Ctrl+F finds with and without tone marks, in the body and the fields', async () => {
    await caretAtEnd(page().locator('.st-editor p').first())
    await page().keyboard.type(TEXT)
    await page().locator('#st-in-chair').fill('Nguyễn Văn Hòa')
    await caretAtEnd(page().locator('.st-editor p').first())
    await expect.poll(editorCaretAtParagraphEnd).toBe(true)
    await page().keyboard.press('Control+f')
    await expect.poll(() => bar().isVisible()).toBe(true)
    expect(await page().getByTestId('find-replace-row').count()).toBe(0)
    const query = page().getByRole('textbox', { name: 'Tìm trong báo cáo' })
    await expect.poll(() => query.evaluate((el) => el === document.activeElement)).toBe(true)
    await page().keyboard.type('hoa')
    await expect.poll(count).toBe('0/1')
    await page().getByLabel('Không phân biệt dấu thanh').check()
    await expect.poll(count).toBe('0/5')
    expect(await page().locator('.st-editor .st-find-hit').count()).toBe(4)
    await page().getByLabel('Phân biệt hoa thường').check()
    await expect.poll(count).toBe('0/2')
    await page().getByLabel('Phân biệt hoa thường').uncheck()
    await page().getByLabel('Cả từ').check()
    await expect.poll(count).toBe('0/5')
    await page().getByLabel('Cả từ').uncheck()
    await query.fill('không có')
    await expect.poll(count).toBe('Không tìm thấy')
    await query.fill('hoa')
    await expect.poll(count).toBe('0/5')
  })

  it('Enter and Shift+Enter move through the hits; the field hit opens the field in the panel', async () => {
    const query = page().getByRole('textbox', { name: 'Tìm trong báo cáo' })
    // The caret is at the end of the body: the next hit after it is the chair's name, in the panel.
    await query.press('Enter')
    await expect.poll(count).toBe('5/5')
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('st-in-chair')
    const selected = await page()
      .locator('#st-in-chair')
      .evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))
    expect(selected).toBe('Hòa')
    expect(await page().locator('.st-editor .st-find-current').count()).toBe(0)
    expect(await page().getByTestId('find-note').textContent()).toContain('Người chủ trì')
    // Then round to the body's first hit.
    await query.press('Enter')
    await expect.poll(count).toBe('1/5')
    expect(await current()).toBe('Hòa')
    await query.press('Enter')
    await expect.poll(count).toBe('2/5')
    expect(await current()).toBe('hoà')
    await query.press('Shift+Enter')
    await expect.poll(count).toBe('1/5')
    expect(await current()).toBe('Hòa')
    await query.press('Shift+Enter')
    await expect.poll(count).toBe('5/5')
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('st-in-chair')
    // F3 and Shift+F3 step on from wherever the keyboard is, here the chair's field.
    await page().keyboard.press('F3')
    await expect.poll(count).toBe('1/5')
    expect(await current()).toBe('Hòa')
    await page().keyboard.press('Shift+F3')
    await expect.poll(count).toBe('5/5')
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('st-in-chair')
  })

  it('Ctrl+H shows the replace row; replace all is one undo step, in the body and the fields', async () => {
    await page().keyboard.press('Control+h')
    await expect.poll(() => page().getByTestId('find-replace-row').isVisible()).toBe(true)
    const replacement = page().getByRole('textbox', { name: 'Thay bằng' })
    await replacement.fill('An')
    await page().getByRole('button', { name: 'Sau', exact: true }).click()
    await expect.poll(count).toBe('1/5')
    const shot = await page().screenshot({
      ...(process.env.SOANTIN_DOCS_SHOTS === '1' ? { path: join(DOCS, 'find-bar.png') } : {}),
    })
    expect(shot.length).toBeGreaterThan(1000)
    // The bar fits at 1024×700 above the page without covering it.
    const barBox = await bar().boundingBox()
    const pageBox = await page().locator('.st-editor-frame').boundingBox()
    expect(barBox && pageBox && barBox.y + barBox.height <= pageBox.y).toBe(true)

    await page().getByRole('button', { name: 'Thay', exact: true }).click()
    await expect.poll(body).toBe('An bình, hoà hợp và hóa giải. Hoa nở.')
    await expect.poll(count).toBe('1/4')
    expect(await current()).toBe('hoà')
    await page().getByRole('button', { name: 'Thay tất cả' }).click()
    await expect.poll(body).toBe('An bình, An hợp và An giải. An nở.')
    expect(await page().locator('#st-in-chair').inputValue()).toBe('Nguyễn Văn An')
    await expect.poll(count).toBe('Không tìm thấy')

    // Esc closes the bar and gives the keyboard back to the editor; one undo restores every body hit.
    await replacement.press('Escape')
    await expect.poll(() => bar().count()).toBe(0)
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.classList.contains('st-editor') ?? false))
      .toBe(true)
    const chair = () => page().locator('#st-in-chair').inputValue()
    await page().keyboard.press('Control+z')
    await expect.poll(body).toBe('An bình, hoà hợp và hóa giải. Hoa nở.')
    // The chair's name, replaced in the same step, comes back with the body.
    await expect.poll(chair).toBe('Nguyễn Văn Hòa')
    // Redo replaces both again, and the toolbar's undo takes both back once more.
    await page().keyboard.press('Control+y')
    await expect.poll(body).toBe('An bình, An hợp và An giải. An nở.')
    await expect.poll(chair).toBe('Nguyễn Văn An')
    await page()
      .getByRole('toolbar', { name: 'Thanh công cụ định dạng' })
      .getByRole('button', { name: 'Hoàn tác' })
      .click()
    await expect.poll(body).toBe('An bình, hoà hợp và hóa giải. Hoa nở.')
    await expect.poll(chair).toBe('Nguyễn Văn Hòa')
    await page().keyboard.press('Control+z')
    await expect.poll(body).toBe(TEXT)
    expect(await chair()).toBe('Nguyễn Văn Hòa')
  })

  it('undoes a replacement made in a field alone, and not once the field was edited after it', async () => {
    await page().locator('#st-in-chair').fill('Trần Thị Hòa')
    await caretAtEnd(page().locator('.st-editor p').first())
    await page().keyboard.press('Control+h')
    const query = page().getByRole('textbox', { name: 'Tìm trong báo cáo' })
    await query.fill('Trần')
    await expect.poll(count).toBe('0/1')
    await page().getByRole('textbox', { name: 'Thay bằng' }).fill('Lê')
    await page().getByRole('button', { name: 'Thay', exact: true }).click()
    await expect.poll(count).toBe('1/1')
    await page().getByRole('button', { name: 'Thay', exact: true }).click()
    const chair = () => page().locator('#st-in-chair').inputValue()
    await expect.poll(chair).toBe('Lê Thị Hòa')
    await query.press('Escape')
    await page().keyboard.press('Control+z')
    await expect.poll(chair).toBe('Trần Thị Hòa')
    expect(await body()).toBe(TEXT)
    await page().keyboard.press('Control+y')
    await expect.poll(chair).toBe('Lê Thị Hòa')
    // Edited by hand since: the replacement is no longer the last thing done, so undo leaves it.
    await page().locator('#st-in-chair').fill('Lê Thị Hoa')
    await caretAtEnd(page().locator('.st-editor p').first())
    await page().keyboard.press('Control+z')
    expect(await chair()).toBe('Lê Thị Hoa')
    await page().keyboard.press('Control+y')
    await expect.poll(body).toBe(TEXT)
    expect(await chair()).toBe('Lê Thị Hoa')
  })

  it('the toolbar button opens find and replace with the word selected in the editor', async () => {
    // Select "bình", the second word.
    await caretAtEnd(page().locator('.st-editor p').first())
    await page().keyboard.press('Home')
    for (let i = 0; i < 4; i++) await page().keyboard.press('ArrowRight')
    for (let i = 0; i < 4; i++) await page().keyboard.press('Shift+ArrowRight')
    await expect.poll(() => page().evaluate(() => window.getSelection()?.toString())).toBe('bình')
    await page().getByRole('button', { name: 'Tìm và thay thế' }).click()
    await expect.poll(() => page().getByTestId('find-replace-row').isVisible()).toBe(true)
    const query = page().getByRole('textbox', { name: 'Tìm trong báo cáo' })
    await expect.poll(() => query.inputValue()).toBe('bình')
    await expect.poll(count).toBe('0/1')
  })

  it('the Sửa menu’s Tìm… and Thay thế… open the bar', async () => {
    await page().getByRole('button', { name: 'Đóng (Esc)' }).click()
    await expect.poll(() => bar().count()).toBe(0)
    expect(await page().locator('.st-editor .st-find-hit').count()).toBe(0)
    await app.menu('find')
    await expect.poll(() => bar().isVisible()).toBe(true)
    expect(await page().getByTestId('find-replace-row').count()).toBe(0)
    await app.menu('replace')
    await expect.poll(() => page().getByTestId('find-replace-row').isVisible()).toBe(true)
  })
})

/** TipTap hangs its editor on the view's element. */
interface TiptapLike {
  state: {
    selection: { empty: boolean; $from: { parentOffset: number; parent: { content: { size: number } } } }
  }
}
