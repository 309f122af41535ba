import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeReport } from '@shared/model/parseReport'
import { LONG_REPORT_BLOCKS } from '@renderer/editor/longReport'
import * as b from '../fixtures/builders'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/** A report of `LONG_REPORT_BLOCKS + 200` paragraphs, the last one holding a word found nowhere else. */
function longReport() {
  const paragraphs = Array.from({ length: LONG_REPORT_BLOCKS + 200 }, (_, i) =>
    b.p(`Đoạn ${i + 1}: các đại biểu thảo luận, cho ý kiến vào dự thảo báo cáo tình hình tháng.`),
  )
  return b.report(...paragraphs, b.p('Kết luận cuối cùng của hội nghị.'))
}

describe('a long report skips laying out what is off-screen, and stays correct', () => {
  let app: AppUnderTest
  const inView = () =>
    app.page.evaluate(() => {
      const selection = window.getSelection()
      const node = selection?.focusNode
      const el = node instanceof Element ? node : node?.parentElement
      const box = el?.getBoundingClientRect()
      return !!box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
    })

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1366, height: 768 } })
    const path = join(app.docsDir, 'dai.soantin')
    writeFileSync(path, serializeReport(longReport()))
    app.dialogs.openQueue.push(path)
    await app.page.keyboard.press('Control+o')
    await app.page.waitForFunction(() => document.title === 'dai.soantin — Soạn Tin', undefined, {
      timeout: 30_000,
    })
  }, 60_000)
  afterAll(async () => {
    await app?.close()
  })

  it('marks the editor as long, and find brings a hit in a block never shown yet into view', async () => {
    expect(await app.page.locator('.st-editor').getAttribute('class')).toContain('st-editor-long')
    await app.page.locator('.st-editor > p').first().click()
    await app.page.keyboard.press('Control+f')
    await app.page.keyboard.type('cuối cùng')
    await app.page.keyboard.press('Enter')
    await expect.poll(() => app.page.getByTestId('find-count').textContent()).toBe('1/1')
    const hit = app.page.locator('.st-editor .st-find-current')
    await expect
      .poll(() =>
        hit.evaluate((el) => {
          const box = el.getBoundingClientRect()
          return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
        }),
      )
      .toBe(true)
    await app.page.keyboard.press('Escape')
  })

  it('keeps the caret in view when typing at the end, and the text is there', async () => {
    await app.page.keyboard.press('Control+Home')
    await expect.poll(inView).toBe(true)
    await app.page.keyboard.press('Control+End')
    await app.page.keyboard.type(' Hết.')
    await expect.poll(inView).toBe(true)
    expect(await app.page.locator('.st-editor > p').last().textContent()).toBe(
      'Kết luận cuối cùng của hội nghị. Hết.',
    )
    // Every paragraph stays in the accessibility tree, laid out or not.
    const named = await app.page
      .locator('.st-editor > p')
      .nth(300)
      .evaluate((el) => el.textContent)
    expect(named).toContain('Đoạn 301:')
  })
})
