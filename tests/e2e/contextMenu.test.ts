import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClipboardPort } from '@main/handlers/ports'
import { photoPng } from '../fixtures/pngImage'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/** The system clipboard as main sees it, set by the test as if the officer had copied in Word. */
class FakeClipboard implements ClipboardPort {
  content = { html: '', text: '' }
  writeHtml(html: string, text: string) {
    this.content = { html, text }
  }
  read() {
    return this.content
  }
}

describe('the right-click menu over the page', () => {
  let app: AppUnderTest
  const clipboard = new FakeClipboard()
  const editor = () => app.page.locator('.st-editor')
  const menu = () => app.page.getByRole('menu', { name: 'Lệnh tại chỗ' })
  const item = (name: string | RegExp) => menu().getByRole('menuitem', { name })

  beforeAll(async () => {
    app = await launchApp({ deps: { clipboard } })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('cuts the selected word through the editor’s own clipboard handler', async () => {
    await editor().click()
    await app.page.keyboard.type('Một hai ba')
    await expect.poll(() => editor().innerText()).toBe('Một hai ba')
    await app.page.evaluate(() => {
      document.addEventListener('cut', (e) => {
        ;(window as unknown as { cutText: string }).cutText = e.clipboardData?.getData('text/plain') ?? ''
      })
    })
    // Select "hai" from the keyboard, then right-click on it.
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowLeft')
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('Shift+ArrowLeft')
    const selected = await app.page.evaluate(() => window.getSelection()?.toString())
    expect(selected).toBe('hai')
    const box = await app.page.evaluate(() => {
      const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
    })
    await app.page.mouse.click(box.x, box.y, { button: 'right' })
    await menu().waitFor()
    expect(await item(/^Sao chép/).isEnabled()).toBe(true)
    // No table or photo here: only the clipboard commands and the old-encoding conversion.
    expect(await menu().getByRole('menuitem').count()).toBe(4)
    await item(/^Cắt/).click()
    await menu().waitFor({ state: 'hidden' })
    await expect.poll(() => editor().innerText()).toMatch(/^Một\s+ba$/)
    expect(await app.page.evaluate(() => (window as unknown as { cutText: string }).cutText)).toBe(selected)
  })

  it('pastes what main reads from the clipboard, cleaned as Ctrl+V is', async () => {
    clipboard.content = {
      html: '<p><b>Đậm</b> chữ<script>window.pwned = 1</script><img src="https://x.example/a.png"></p>',
      text: 'Đậm chữ',
    }
    await caretAtEnd(editor().locator('p').first())
    await editor().locator('p').first().click({ button: 'right' })
    await item(/^Dán/).click()
    await expect.poll(() => editor().innerText()).toContain('Đậm chữ')
    expect(await editor().locator('strong').innerText()).toBe('Đậm')
    expect(await editor().locator('script, img').count()).toBe(0)
    expect(await app.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  })

  it('takes Word’s .VnTime font as evidence when pasting from the menu, as Ctrl+V does', async () => {
    clipboard.content = {
      html: `<p class=MsoNormal><span style='font-family:".VnTime",sans-serif'>Hoµng</span></p>`,
      text: 'Hoµng',
    }
    await caretAtEnd(editor().locator('p').first())
    await editor().locator('p').first().click({ button: 'right' })
    await item(/^Dán/).click()
    await expect.poll(() => editor().innerText()).toContain('Hoàng')
    expect(await editor().innerText()).not.toContain('Hoµng')
  })

  it('offers the table commands inside a table, and runs them', async () => {
    await caretAtEnd(editor().locator('p').first())
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('button', { name: 'Chèn bảng' }).click()
    await app.page.keyboard.press('Enter')
    await expect.poll(() => editor().locator('table tr').count()).toBe(3)
    await editor().locator('table td, table th').first().click({ button: 'right' })
    await item('Chèn hàng phía dưới').click()
    await expect.poll(() => editor().locator('table tr').count()).toBe(4)
    // The keyboard works the menu too: Esc closes it and the caret is back in the page.
    await editor().locator('table td').first().click({ button: 'right' })
    await menu().waitFor()
    await app.page.keyboard.press('ArrowDown')
    await app.page.keyboard.press('Escape')
    await menu().waitFor({ state: 'hidden' })
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.classList.contains('st-editor')))
      .toBe(true)
  })

  it('offers the photo commands on a photo, selecting it first', async () => {
    await caretAtEnd(editor().locator('p').first())
    const png = join(app.docsDir, 'anh.png')
    writeFileSync(png, photoPng(400, 200, 4))
    await app.page.getByTestId('image-input').setInputFiles(png)
    const img = editor().locator('figure img')
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(400)
    await img.click({ button: 'right' })
    await item('Ảnh rộng 50 %').click()
    await expect.poll(() => img.getAttribute('data-width')).toBe('50')
    await img.click({ button: 'right' })
    await item('Xóa ảnh').click()
    await expect.poll(() => editor().locator('figure').count()).toBe(0)
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => editor().locator('figure').count()).toBe(1)
  })
})
