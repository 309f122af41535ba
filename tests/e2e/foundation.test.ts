import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReportBytes } from '@shared/model/parseReport'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const TYPED = 'Đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì'
// Every Vietnamese tone and vowel shape, typed as decomposed (NFD) text as macOS or a PDF would give it.
const NFD_SOURCE =
  'Ủy ban nhân dân tỉnh Quảng Ninh: ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ đ'
const NFD = NFD_SOURCE.normalize('NFD')

function bodyText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as { text?: string; content?: unknown[] }
  return (n.text ?? '') + (n.content ?? []).map(bodyText).join(n.content && !n.text ? '\n' : '')
}

describe('the app end to end: UI → real save handler → file on disk → back into the UI', () => {
  let app: AppUnderTest

  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens with an empty editor, a Vietnamese UI and a title', async () => {
    await expect(app.page.title()).resolves.toBe('Chưa đặt tên — Soạn Tin')
    expect(await app.page.getByRole('button', { name: 'Lưu', exact: true }).isVisible()).toBe(true)
    expect(await app.page.locator('.st-editor').getAttribute('contenteditable')).toBe('true')
    expect(await app.page.getByRole('toolbar', { name: 'Thanh công cụ định dạng' }).count()).toBe(1)
  })

  it('types Vietnamese text, precomposed and decomposed, and keeps it in NFC', async () => {
    const editor = app.page.locator('.st-editor')
    await editor.click()
    await app.page.keyboard.type(TYPED)
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.insertText(NFD)
    const shown = await editor.innerText()
    expect(shown).toContain(TYPED)
    expect(shown).toContain(NFD_SOURCE.normalize('NFC'))
    expect(shown).not.toContain(NFD)
    await expect.poll(() => app.page.title()).toBe('● Chưa đặt tên — Soạn Tin')
    const expectedWords = `${TYPED} ${NFD_SOURCE}`.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
    await expect.poll(() => app.page.getByTestId('word-count').innerText()).toBe(`${expectedWords} từ`)
  })

  it('saves through the real handler with Ctrl+S and writes NFC to disk', async () => {
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => app.page.title()).toBe('Báo cáo.soantin — Soạn Tin')
    const files = readdirSync(app.docsDir)
    expect(files).toEqual(['Báo cáo.soantin'])
    const bytes = readFileSync(join(app.docsDir, files[0]!))
    const parsed = parseReportBytes(bytes)
    if (!parsed.ok) throw new Error(parsed.message)
    const text = bodyText(parsed.report.body)
    expect(text).toContain(TYPED)
    expect(text).toContain(NFD_SOURCE.normalize('NFC'))
    expect(bytes.toString('utf8')).not.toContain(NFD)
    expect(bytes.toString('utf8')).toBe(bytes.toString('utf8').normalize('NFC'))
  })

  it('opens the saved file back into a fresh editor', async () => {
    await app.page.keyboard.press('Control+n')
    await app.page.getByRole('button', { name: 'Tạo báo cáo từ mẫu "Báo cáo trống"' }).click()
    await expect.poll(() => app.page.locator('.st-editor').innerText()).not.toContain(TYPED)
    app.dialogs.openQueue.push(join(app.docsDir, 'Báo cáo.soantin'))
    await app.page.keyboard.press('Control+o')
    await expect.poll(() => app.page.locator('.st-editor').innerText()).toContain(TYPED)
    expect(await app.page.locator('.st-editor').innerText()).toContain(NFD_SOURCE.normalize('NFC'))
    await expect.poll(() => app.page.title()).toBe('Báo cáo.soantin — Soạn Tin')
  })

  it('shows a Vietnamese message and keeps the editor when the file is not a draft', async () => {
    const bad = join(app.docsDir, 'khong-phai.soantin')
    writeFileSync(bad, '{"format":"khac"}')
    app.dialogs.openQueue.push(bad)
    await app.page.keyboard.press('Control+o')
    await expect
      .poll(() => app.page.getByRole('alert').innerText())
      .toContain('không phải tệp bản thảo Soạn Tin')
    expect(await app.page.locator('.st-editor').innerText()).toContain(TYPED)
  })
})
