import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BodyNode } from '@shared/model/body'
import { parseReportBytes } from '@shared/model/parseReport'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const FIRST = 'https://quangninh.gov.vn'
/** FIRST as the link policy normalises it: what the editor stores and every export writes. */
const FIRST_HREF = 'https://quangninh.gov.vn/'
const SECOND = 'https://baoquangninh.vn/tin-tuc'
const INVALID = 'Chỉ chấp nhận liên kết http, https hoặc mailto.'

function linkedTexts(node: BodyNode): Array<{ text: string; href: unknown }> {
  const own = (node.marks ?? [])
    .filter((m) => m.type === 'link')
    .map((m) => ({ text: node.text ?? '', href: m.attrs?.href }))
  return [...own, ...(node.content ?? []).flatMap(linkedTexts)]
}

/** Inserting and editing links through the in-app dialog; Electron has no window.prompt. */
describe('link dialog: Ctrl+K and the toolbar button, no window.prompt', () => {
  let app: AppUnderTest
  const page = () => app.page
  const dialog = () => page().getByRole('dialog')
  const textField = () => dialog().getByLabel('Chữ hiển thị', { exact: true })
  const addressField = () => dialog().getByLabel('Địa chỉ', { exact: true })
  const links = () => page().locator('.st-editor a')
  const paragraph = () => page().locator('.st-editor > p', { hasText: 'Xem chi tiết tại' })
  const focusInBody = () => page().evaluate(() => Boolean(document.activeElement?.closest('.st-editor')))

  beforeAll(async () => {
    app = await launchApp()
    // Record every blocking browser dialog the renderer would open (Electron implements none usefully).
    await app.page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown> & { __blockingCalls: string[] }
      w.__blockingCalls = []
      for (const name of ['prompt', 'alert', 'confirm', 'print']) {
        w[name] = (...args: unknown[]) => {
          w.__blockingCalls.push(`${name}(${args.map(String).join(', ')})`)
          return null
        }
      }
    })
    await app.page.reload()
    await app.page.waitForSelector('.st-editor')
  })
  afterAll(async () => {
    await app?.close()
  })
  // A failed step must not leave the modal over the page for the next one.
  afterEach(async () => {
    if (await dialog().isVisible()) await page().keyboard.press('Escape')
  })

  it('links a selected word with Ctrl+K and Enter, then gives the caret back to the body', async () => {
    await caretAtEnd(page().locator('.st-editor > p:not(.st-fieldview)').first())
    await page().keyboard.press('Enter')
    await page().keyboard.type('Xem chi tiết tại đây')
    // Selects the last word, as an officer does with the keyboard.
    await page().keyboard.press('Control+Shift+ArrowLeft')
    expect(await page().evaluate(() => window.getSelection()?.toString())).toBe('đây')
    await page().keyboard.press('Control+k')
    await expect.poll(() => dialog().isVisible()).toBe(true)
    expect(await dialog().getByRole('heading').innerText()).toBe('Chèn liên kết')
    expect(await textField().inputValue()).toBe('đây')
    expect(await addressField().inputValue()).toBe('')
    // The address field has the focus: the officer types straight away.
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('st-link-href')
    await page().keyboard.type(FIRST)
    await page().keyboard.press('Enter')
    await expect.poll(() => dialog().isVisible()).toBe(false)
    expect(await links().count()).toBe(1)
    expect(await links().getAttribute('href')).toBe(FIRST_HREF)
    expect(await links().innerText()).toBe('đây')
    expect(await paragraph().innerText()).toBe('Xem chi tiết tại đây')
    await expect.poll(focusInBody).toBe(true)
  })

  it('reopens on the link prefilled, and changes its address and text', async () => {
    await links().click()
    await page().keyboard.press('Control+k')
    await expect.poll(() => dialog().isVisible()).toBe(true)
    expect(await dialog().getByRole('heading').innerText()).toBe('Sửa liên kết')
    expect(await textField().inputValue()).toBe('đây')
    expect(await addressField().inputValue()).toBe(FIRST_HREF)
    await textField().fill('cổng thông tin')
    await addressField().fill(SECOND)
    await addressField().press('Enter')
    await expect.poll(() => dialog().isVisible()).toBe(false)
    expect(await links().count()).toBe(1)
    expect(await links().getAttribute('href')).toBe(SECOND)
    expect(await links().innerText()).toBe('cổng thông tin')
    expect(await paragraph().innerText()).toBe('Xem chi tiết tại cổng thông tin')
    // Typing right after a link does not extend it (TipTap's link mark is inclusive by default).
    await paragraph().click()
    await page().keyboard.press('Control+End')
    await page().keyboard.type('.')
    await expect.poll(() => paragraph().innerText()).toBe('Xem chi tiết tại cổng thông tin.')
    expect(await links().innerText()).toBe('cổng thông tin')
  })

  it('refuses javascript: with a Vietnamese message, keeps the dialog open, and cancels cleanly', async () => {
    await paragraph().click()
    await page().keyboard.press('Home')
    await page().keyboard.press('Control+Shift+ArrowRight')
    expect(await page().evaluate(() => window.getSelection()?.toString())).toBe('Xem')
    await page().keyboard.press('Control+k')
    await expect.poll(() => dialog().isVisible()).toBe(true)
    expect(await textField().inputValue()).toBe('Xem')
    await addressField().fill('javascript:alert(1)')
    await addressField().press('Enter')
    await expect.poll(() => dialog().getByRole('alert').innerText()).toBe(INVALID)
    expect(await dialog().isVisible()).toBe(true)
    expect(await links().count()).toBe(1)
    // The same rule on a link already there: the old address stays.
    await dialog().getByRole('button', { name: 'Hủy', exact: true }).click()
    await expect.poll(() => dialog().isVisible()).toBe(false)
    await expect.poll(focusInBody).toBe(true)
    await links().click()
    await page().keyboard.press('Control+k')
    await addressField().fill('file:///etc/passwd')
    await dialog().getByRole('button', { name: 'Đồng ý', exact: true }).click()
    await expect.poll(() => dialog().getByRole('alert').innerText()).toBe(INVALID)
    // Each refusal says why: here the user name and password a web address must not carry.
    await addressField().fill('https://user:pass@quangninh.gov.vn/')
    await addressField().press('Enter')
    await expect
      .poll(() => dialog().getByRole('alert').innerText())
      .toBe('Địa chỉ không được chứa tên đăng nhập hay mật khẩu (phần trước dấu @).')
    await page().keyboard.press('Escape')
    await expect.poll(() => dialog().isVisible()).toBe(false)
    await expect.poll(focusInBody).toBe(true)
    expect(await links().count()).toBe(1)
    expect(await links().getAttribute('href')).toBe(SECOND)
    expect(await page().locator('.st-editor a[href^="javascript"], .st-editor a[href^="file"]').count()).toBe(
      0,
    )
  })

  it('removes the link from the toolbar button, and undo brings it back', async () => {
    await links().click()
    const button = page().getByRole('button', { name: 'Liên kết', exact: true })
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
    await button.click()
    await expect.poll(() => dialog().isVisible()).toBe(true)
    expect(await addressField().inputValue()).toBe(SECOND)
    await dialog().getByRole('button', { name: 'Gỡ liên kết', exact: true }).click()
    await expect.poll(() => dialog().isVisible()).toBe(false)
    expect(await links().count()).toBe(0)
    expect(await paragraph().innerText()).toBe('Xem chi tiết tại cổng thông tin.')
    await expect.poll(focusInBody).toBe(true)
    await page().keyboard.press('Control+z')
    expect(await links().count()).toBe(1)
    expect(await links().getAttribute('href')).toBe(SECOND)
    expect(await links().innerText()).toBe('cổng thông tin')
  })

  it('inserts a new link from the toolbar with the caret on no text, and saves it in the draft', async () => {
    await paragraph().click()
    // The end of the document, not of the clicked visual line: a split inside the link would put the caret on it.
    // On a loaded machine the click's own selection can land after the key, so press until the caret is there.
    await expect
      .poll(async () => {
        await page().keyboard.press('Control+End')
        return page().evaluate(() => {
          const selection = getSelection()
          const editor = document.querySelector('.st-editor')
          if (!selection?.focusNode || !editor?.lastChild || !selection.isCollapsed) return false
          const rest = document.createRange()
          rest.setStart(selection.focusNode, selection.focusOffset)
          rest.setEndAfter(editor.lastChild)
          return rest.toString() === ''
        })
      })
      .toBe(true)
    // A new paragraph of its own.
    await page().keyboard.press('Enter')
    await page().keyboard.type('Liên hệ: ')
    // As an officer does: the typed text is on screen (and the caret after it) before the button is pressed.
    await expect.poll(() => page().locator('.st-editor > p', { hasText: 'Liên hệ:' }).count()).toBe(1)
    await page().getByRole('button', { name: 'Liên kết', exact: true }).click()
    await expect.poll(() => dialog().isVisible()).toBe(true)
    expect(await textField().inputValue()).toBe('')
    await textField().fill('văn phòng')
    await addressField().fill('mailto:vanphong@quangninh.gov.vn')
    await addressField().press('Enter')
    await expect.poll(() => dialog().isVisible()).toBe(false)
    expect(await links().count()).toBe(2)
    expect(await page().locator('.st-editor > p', { hasText: 'Liên hệ:' }).innerText()).toBe(
      'Liên hệ: văn phòng',
    )

    await page().keyboard.press('Control+s')
    await expect.poll(() => page().title()).not.toContain('●')
    const parsed = parseReportBytes(
      readFileSync(join(app.docsDir, readdirSync(app.docsDir).find((f) => f.endsWith('.soantin')) ?? '')),
    )
    if (!parsed.ok) throw new Error(parsed.message)
    expect(linkedTexts(parsed.report.body)).toEqual([
      { text: 'cổng thông tin', href: SECOND },
      { text: 'văn phòng', href: 'mailto:vanphong@quangninh.gov.vn' },
    ])
  })

  it('shows Giới thiệu (the About menu item) in the page, and closes it with Đóng', async () => {
    await app.menu('about')
    const about = page().locator('dialog.st-about')
    await expect.poll(() => about.isVisible()).toBe(true)
    expect(await about.innerText()).toContain('Soạn Tin e2e')
    await about.getByRole('button', { name: 'Đóng' }).click()
    await expect.poll(() => about.isVisible()).toBe(false)
  })

  it('never called window.prompt, alert, confirm or print', async () => {
    const calls = await page().evaluate(
      () => (window as unknown as { __blockingCalls: string[] }).__blockingCalls,
    )
    expect(calls).toEqual([])
  })
})
