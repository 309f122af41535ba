import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReportBytes } from '@shared/model/parseReport'
import { bodyPlainText } from '@shared/plainText/bodyPlainText'
import { EMPTY_FIELD_SOURCE } from '@shared/body/fieldSource'
import { countWords } from '@shared/text/wordCount'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const SEED = join(__dirname, '../../examples/giao-ban-thuong-truc-tinh-uy.soantin')
const number = (text: string) => Number(/^(\d+)/.exec(text.replace(/\./g, ''))?.[1] ?? NaN)

describe('the status bar counts the report as it prints', () => {
  let app: AppUnderTest
  const status = (id: string) => app.page.getByTestId(id).innerText()

  beforeAll(async () => {
    app = await launchApp()
    const draft = join(app.docsDir, 'giao-ban.soantin')
    copyFileSync(SEED, draft)
    app.dialogs.openQueue.push(draft)
    await app.page.keyboard.press('Control+o')
    await app.page.locator('.st-editor').getByText('Sau gần 2 năm triển khai').waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('counts the words of the visible report, fields included, and its characters', async () => {
    const parsed = parseReportBytes(readFileSync(SEED))
    if (!parsed.ok) throw new Error(parsed.message)
    // What was typed in the body alone, every field left blank.
    const typedOnly = countWords(bodyPlainText(EMPTY_FIELD_SOURCE).paragraphs([parsed.report.body]).join(' '))
    // The page shows the theme, title, chair and byline on top of that.
    const shown = countWords(await app.page.locator('.st-editor').innerText())
    await expect.poll(async () => number(await status('word-count'))).toBe(shown)
    expect(shown).toBeGreaterThan(typedOnly + 20)
    const characters = number(await status('char-count'))
    expect(characters).toBeGreaterThan(shown * 3)
    const title = await app.page.getByTestId('char-count').getAttribute('title')
    expect(number(title ?? '')).toBeLessThan(characters)
  })

  it('shows the A4 page count of the print layout, and it grows as the report does', async () => {
    await expect.poll(async () => number(await status('page-count')), { timeout: 15_000 }).toBeGreaterThan(0)
    const before = number(await status('page-count'))
    console.log('seed pages', before)
    await caretAtEnd(app.page.locator('.st-editor p').nth(3))
    const long = 'Các cấp ủy tiếp tục triển khai quyết liệt nhiệm vụ trọng tâm của năm. '.repeat(12)
    for (let i = 0; i < 12; i++) {
      await app.page.keyboard.press('Enter')
      await app.page.keyboard.insertText(long)
    }
    await expect
      .poll(async () => number(await status('page-count')), { timeout: 15_000 })
      .toBeGreaterThan(before + 1)
  })
})
