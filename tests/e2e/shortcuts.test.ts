import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReportBytes } from '@shared/model/parseReport'
import { launchApp, type AppUnderTest } from './harness/launchApp'

function textOf(path: string): string {
  const parsed = parseReportBytes(readFileSync(path))
  if (!parsed.ok) throw new Error(parsed.message)
  return JSON.stringify(parsed.report.body)
}

describe('Save As with Ctrl+Shift+S, then Ctrl+S to the same file', () => {
  let app: AppUnderTest

  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('asks for a new path once, then keeps saving there without asking', async () => {
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.type('Bản đầu tiên.')
    const first = join(app.docsDir, 'ban-dau.soantin')
    app.dialogs.saveQueue.push(first)
    await app.page.keyboard.press('Control+Shift+s')
    await expect.poll(() => app.page.title()).toBe('ban-dau.soantin — Soạn Tin')
    expect(textOf(first)).toContain('Bản đầu tiên.')
    const asked = app.dialogs.suggestedNames.length

    await app.page.keyboard.type(' Thêm một câu.')
    await expect.poll(() => app.page.title()).toBe('● ban-dau.soantin — Soạn Tin')
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => app.page.title()).toBe('ban-dau.soantin — Soạn Tin')
    expect(app.dialogs.suggestedNames.length).toBe(asked)
    expect(textOf(first)).toContain('Bản đầu tiên. Thêm một câu.')

    const copy = join(app.docsDir, 'ban-sao')
    app.dialogs.saveQueue.push(copy)
    await app.page.keyboard.press('Control+Shift+s')
    await expect.poll(() => app.page.title()).toBe('ban-sao.soantin — Soạn Tin')
    expect(existsSync(copy + '.soantin')).toBe(true)
    expect(textOf(copy + '.soantin')).toContain('Bản đầu tiên. Thêm một câu.')
  })

  it('opening a report and moving around in it changes nothing: no unsaved marker, nothing to undo', async () => {
    const seed = join(__dirname, '../../examples/giao-ban-thuong-truc-tinh-uy.soantin')
    app.dialogs.openQueue.push(seed)
    await app.page.keyboard.press('Control+o')
    await expect.poll(() => app.page.title()).toBe('giao-ban-thuong-truc-tinh-uy.soantin — Soạn Tin')
    await app.page.locator('.st-editor p').filter({ hasText: 'Sau gần 2 năm triển khai' }).click()
    await app.page.keyboard.press('Control+End')
    await app.page.keyboard.press('ArrowUp')
    await app.page.waitForTimeout(300)
    expect(await app.page.title()).toBe('giao-ban-thuong-truc-tinh-uy.soantin — Soạn Tin')
    expect(await app.page.getByRole('button', { name: 'Hoàn tác' }).isDisabled()).toBe(true)
    expect(await app.page.locator('.st-editor > *').last().getAttribute('data-block')).toBe('byline')
  })
})
