import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STYLE_IDS } from '@shared/export/docx/docxStyles'
import { PARAGRAPH_STYLES } from '@renderer/editor/style/paragraphStyles'
import { SHORTCUT_GROUPS } from '@renderer/help/shortcutList'
import { en } from '@renderer/i18n/en'
import { vi } from '@renderer/i18n/vi'
import { partText, unzipDocx } from '../unit/shared/export/docx/docxPackage'
import { xmlParagraphs } from '../unit/shared/export/docx/docxXml'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const DOCX = 'Báo cáo.docx'

describe('paragraph styles and shortcuts as in Word', () => {
  let app: AppUnderTest
  const editor = () => app.page.locator('.st-editor')
  const styleList = () => app.page.getByRole('combobox', { name: 'Kiểu đoạn' })
  /** The tag, role and alignment of each top-level block, in order. */
  const blocks = () =>
    editor().evaluate((root) =>
      [...root.children].map((el) => {
        const inner =
          el.tagName === 'BLOCKQUOTE' || el.tagName === 'UL' || el.tagName === 'OL'
            ? el.querySelector('p')
            : el
        const role = inner?.getAttribute('data-role')
        const align = (inner as HTMLElement | null)?.style.textAlign
        return `${el.tagName.toLowerCase()}${role ? `.${role}` : ''}${align ? `:${align}` : ''}`
      }),
    )

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('sets each style of the style list on the caret’s paragraph, and shows it there', async () => {
    await editor().click()
    const lines = PARAGRAPH_STYLES.map((s) => `Đoạn kiểu ${s.id}`)
    await app.page.keyboard.type(lines.join('\n'))
    for (const [i, style] of PARAGRAPH_STYLES.entries()) {
      await caretAtEnd(editor().locator(':scope > *').nth(i))
      await styleList().selectOption(style.id)
      await expect.poll(() => styleList().inputValue()).toBe(style.id)
    }
    expect(await blocks()).toEqual(['p', 'p.lead', 'h2', 'h3', 'h4', 'blockquote', 'p.conclusion'])
    // The list follows the caret.
    await caretAtEnd(editor().locator('h3'))
    await expect.poll(() => styleList().inputValue()).toBe('heading3')
    // Each option is named in both languages.
    for (const s of PARAGRAPH_STYLES) {
      expect(vi.style[s.id]).toBeTruthy()
      expect(en.style[s.id]).not.toBe(vi.style[s.id])
    }
  })

  it('prints each style as its named DOCX style and its HTML element', async () => {
    await app.page.getByRole('button', { name: 'Xuất DOCX' }).click()
    await expect.poll(() => app.page.getByTestId('docx-export').innerText()).toContain(`Đã xuất "${DOCX}"`)
    const paragraphs = xmlParagraphs(
      partText(unzipDocx(readFileSync(join(app.docsDir, DOCX))), 'word/document.xml'),
    )
    for (const style of PARAGRAPH_STYLES) {
      const p = paragraphs.find((x) => x.text === `Đoạn kiểu ${style.id}`)
      expect(p?.style, style.id).toBe(STYLE_IDS[style.docxStyle])
    }
    await app.page.getByRole('button', { name: 'Xuất HTML' }).click()
    await expect
      .poll(() => app.page.getByTestId('web-export').innerText())
      .toContain('Đã xuất "Báo cáo.html"')
    const html = readFileSync(join(app.docsDir, 'Báo cáo.html'), 'utf8')
    for (const style of PARAGRAPH_STYLES) {
      const inTag = new RegExp(`<${style.htmlTag}\\b[^>]*>\\s*(?:<p\\b[^>]*>\\s*)?Đoạn kiểu ${style.id}<`)
      expect(html, style.id).toMatch(inTag)
    }
  })

  it('answers Word’s keys: alignment, lists, headings, link, undo and redo', async () => {
    const last = () => editor().locator(':scope > *').last()
    await caretAtEnd(editor().locator('p.conclusion, [data-role="conclusion"]').first())
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.type('Phím tắt')
    await expect.poll(() => last().innerText()).toBe('Phím tắt')
    const lastBlock = async () => (await blocks()).at(-1)
    for (const [key, align] of [
      ['Control+e', 'center'],
      ['Control+r', 'right'],
      ['Control+j', 'justify'],
      ['Control+l', 'left'],
    ] as const) {
      await app.page.keyboard.press(key)
      await expect.poll(lastBlock).toBe(`p.conclusion:${align}`)
    }
    await app.page.keyboard.press('Control+Alt+0')
    await expect.poll(lastBlock).toBe('p:left')
    await app.page.keyboard.press('Control+Alt+1')
    await expect.poll(lastBlock).toMatch(/^h2/)
    await app.page.keyboard.press('Control+Alt+3')
    await expect.poll(lastBlock).toMatch(/^h4/)
    await app.page.keyboard.press('Control+Alt+0')
    await expect.poll(lastBlock).toBe('p:left')
    await app.page.keyboard.press('Control+Shift+7')
    await expect.poll(lastBlock).toMatch(/^ol/)
    await app.page.keyboard.press('Control+Shift+8')
    await expect.poll(lastBlock).toMatch(/^ul/)
    // Undo takes back the last change (with those made in the same half second, as ProseMirror groups
    // them); redo brings the bulleted list back.
    await app.page.keyboard.press('Control+z')
    await expect.poll(lastBlock).not.toMatch(/^ul/)
    await app.page.keyboard.press('Control+y')
    await expect.poll(lastBlock).toMatch(/^ul/)
    expect(await last().innerText()).toBe('Phím tắt')

    await app.page.keyboard.press('Control+k')
    const dialog = app.page.getByRole('dialog', { name: 'Chèn liên kết' })
    await dialog.waitFor()
    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  it('lists every shortcut under F1, in the UI’s language', async () => {
    await editor().click()
    await app.page.keyboard.press('F1')
    const dialog = app.page.getByRole('dialog', { name: 'Phím tắt' })
    await dialog.waitFor()
    const text = await dialog.innerText()
    for (const { items } of SHORTCUT_GROUPS) {
      for (const item of items) {
        for (const k of item.keys) expect(text).toContain(k)
        expect(text).toContain(vi.shortcuts.action[item.action])
      }
    }
    await dialog.getByRole('button', { name: 'Đóng' }).click()
    await dialog.waitFor({ state: 'hidden' })
    // The menu's command opens the same list.
    await app.menu('shortcuts')
    await dialog.waitFor()
    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })
})
