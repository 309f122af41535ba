import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const ROOT = resolve(__dirname, '../..')
const SEED = join(ROOT, 'examples/giao-ban-thuong-truc-tinh-uy.soantin')

describe('a press officer’s walkthrough', () => {
  let app: AppUnderTest
  const editor = () => app.page.locator('.st-editor')

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1280, height: 860 } })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('takes the first click in the body after the gallery, and the first keystroke keeps the theme', async () => {
    await app.page.keyboard.press('Control+n')
    const gallery = app.page.getByRole('dialog', { name: 'Tạo báo cáo từ mẫu' })
    await gallery.getByLabel('Ngày họp').fill('2022-09-19')
    await gallery.getByRole('button', { name: 'Tạo báo cáo từ mẫu "Giao ban Thường trực Tỉnh ủy"' }).click()
    await gallery.waitFor({ state: 'hidden' })
    // The first click in a paragraph puts the caret there (it used to be swallowed).
    await editor().locator('p', { hasText: 'Tuy nhiên' }).click()
    await app.page.keyboard.press('End')
    await app.page.keyboard.type(' Một số dự án còn chậm.')
    const paragraphs = await editor().locator('p').allInnerTexts()
    expect(paragraphs.filter((t) => t.includes('Một số dự án còn chậm.'))).toEqual([
      'Tuy nhiên, … (hạn chế, khó khăn và nguyên nhân chủ quan, khách quan). Một số dự án còn chậm.',
    ])
    // Typing straight away does not replace the theme header field that opens the report.
    expect(await editor().locator('.st-theme').count()).toBe(1)
  })

  it('keeps every file bar label on one line in English at 1024×700', async () => {
    await app.page.setViewportSize({ width: 1024, height: 700 })
    await app.page.getByLabel('Ngôn ngữ').selectOption('en')
    const bar = app.page.locator('.st-filebar')
    await bar.getByRole('button', { name: 'Next period’s report' }).waitFor()
    // A label broken over two or three lines makes its button taller than the one-word "New".
    const heights = await bar
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map((b) => `${b.textContent}: ${Math.round(b.getBoundingClientRect().height)}`),
      )
    const newHeight = heights[0]!.split(': ')[1]
    expect(heights.filter((h) => !h.endsWith(`: ${newHeight}`))).toEqual([])
    // Nothing in the bar runs past the window's right edge.
    const right = await bar.evaluate((el) =>
      Math.max(...[...el.children].map((c) => c.getBoundingClientRect().right)),
    )
    expect(right).toBeLessThanOrEqual(1024)
    // The panel names the missing fields by their labels, in the interface's language.
    expect(await app.page.getByTestId('missing-fields').innerText()).toBe('Not filled yet: Chair, Byline')
    await app.page.getByLabel('Language').selectOption('vi')
    expect(await app.page.getByTestId('missing-fields').innerText()).toBe(
      'Chưa điền: Người chủ trì, Tác giả bài',
    )
    await app.page.setViewportSize({ width: 1280, height: 860 })
  })

  it('shows the seed example with its field panel (the README’s screenshot)', async () => {
    await app.close()
    app = await launchApp({ viewport: { width: 1280, height: 860 } })
    app.dialogs.openQueue.push(SEED)
    await app.page.keyboard.press('Control+o')
    await expect.poll(() => app.page.title()).toBe('giao-ban-thuong-truc-tinh-uy.soantin — Soạn Tin')
    await expect.poll(() => editor().locator('h1.st-title').innerText()).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(await app.page.getByTestId('field-panel').isVisible()).toBe(true)
    await expect.poll(() => app.page.getByTestId('word-count').innerText()).toMatch(/^\d{3,} từ$/)
    await app.page.screenshot({ path: join(ROOT, 'docs/editor.png') })
  })
})
