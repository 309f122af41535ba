import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { photoPng } from '../fixtures/pngImage'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

// Letters only Vietnamese writes, of the interface's two languages.
const VIETNAMESE = '[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]'

/**
 * Every Vietnamese string the officer can see or hear outside the report: visible text, and the
 * names, titles and placeholders of visible elements. The report (the editor, the preview frame,
 * the field values) is Vietnamese in either language and is marked `lang="vi"`; the product's name
 * is the same in both.
 */
function vietnameseOnScreen(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const vietnamese = new RegExp(pattern, 'i')
    const found = new Set<string>()
    const outsideReport = (el: Element) => el.closest('[lang="vi"]') === null
    const shown = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
    const where = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`
    const test = (text: string, el: Element, what: string) => {
      const words = text.replace(/Soạn Tin/g, '').trim()
      if (vietnamese.test(words)) found.add(`${where(el)}${what}: ${words.slice(0, 80)}`)
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || !outsideReport(el) || !shown(el) || el.closest('script, style, template')) continue
      test(node.textContent ?? '', el, '')
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (!outsideReport(el) || !shown(el)) continue
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)
        if (value) test(value, el, `[${attr}]`)
      }
    }
    return [...found].sort()
  }, VIETNAMESE)
}

describe('the interface in English', () => {
  let app: AppUnderTest
  const seen: Record<string, string[]> = {}
  const look = async (state: string) => {
    const strings = await vietnameseOnScreen(app.page)
    if (strings.length) seen[state] = strings
  }

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1366, height: 768 } })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows no Vietnamese outside the report, in every part an officer opens', async () => {
    const page = app.page
    await page.locator('.st-lang select').selectOption('en')
    await page.getByRole('button', { name: 'Next period’s report' }).waitFor()
    await look('the main window')

    await page.keyboard.press('Control+n')
    const gallery = page.getByRole('dialog', { name: 'New report from a template' })
    await gallery.waitFor()
    await look('the template gallery')
    await gallery
      .getByRole('button', { name: /Giao ban Thường trực Tỉnh ủy/ })
      .first()
      .click()
    await gallery.waitFor({ state: 'hidden' })
    await look('a new report from a template')

    // A photo, selected: its toolbar and handles.
    await caretAtEnd(page.locator('.st-editor > p:not(.st-fieldview)').first())
    const photo = join(app.docsDir, 'anh.png')
    writeFileSync(photo, photoPng(400, 300, 1))
    await page.getByTestId('image-input').setInputFiles(photo)
    const img = page.locator('.st-editor figure img').first()
    await img.waitFor()
    await img.click()
    await page.locator('.st-photo-toolbar').waitFor()
    await look('a selected photo')

    // A table, the caret in it: the table toolbar.
    await caretAtEnd(page.locator('.st-editor > p:not(.st-fieldview)').first())
    await page.getByRole('button', { name: 'Insert table', exact: true }).click()
    await page.getByTestId('table-size-grid').waitFor()
    await look('the table size picker')
    await page.locator('[data-size="2x3"]').click()
    await page.locator('.st-editor table td, .st-editor table th').first().click()
    await page.getByRole('toolbar', { name: 'Table tools' }).waitFor()
    await look('the caret in a table')
    await page.locator('.st-editor table td').first().click({ button: 'right' })
    await page.getByRole('menu').waitFor()
    await look('the right-click menu')
    await page.keyboard.press('Escape')

    await page.keyboard.press('Control+h')
    await page.keyboard.type('hội nghị')
    await page.getByRole('search').waitFor()
    await look('find and replace')
    await page.keyboard.press('Escape')

    await page.keyboard.press('F1')
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
    await look('the shortcut list')
    await page.keyboard.press('Escape')

    await page.getByTestId('field-panel').getByRole('button', { name: /theme/i }).first().click()
    await page.getByRole('dialog').getByLabel('Maximum width (pixels)').waitFor()
    await look('the settings dialog')
    await page.keyboard.press('Escape')

    await page
      .getByRole('button', { name: /Preview/ })
      .first()
      .click()
    await page.locator('iframe').first().waitFor()
    await look('the preview')

    // Saved under the name the officer gave it, Vietnamese like the report; then exported.
    app.dialogs.saveQueue.push(join(app.docsDir, 'Giao ban tuần.soantin'))
    await page.keyboard.press('Control+s')
    await expect.poll(() => page.title()).toBe('Giao ban tuần.soantin — Soạn Tin')
    await look('after saving')
    await page.getByRole('button', { name: 'Export HTML', exact: true }).click()
    await expect
      .poll(() => page.getByTestId('web-export').innerText(), { timeout: 30_000 })
      .toContain('Exported "')
    await look('after exporting')

    expect(seen).toEqual({})
  })
})
