import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const backupsIn = (userData: string) => {
  try {
    return readdirSync(join(userData, 'recovery')).filter((n) => n.endsWith('.soantin-backup'))
  } catch {
    return []
  }
}

const SMALL = { width: 1024, height: 700 }

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) throw new Error(`${selector} is not on screen`)
  return box
}

/** The height of the first paragraph, one short line: it grows with the page's zoom. */
const lineHeight = async (page: Page) => (await boxOf(page, '.st-editor p')).height

describe('the editor page leaves room to write', () => {
  let scratch: string
  const apps: AppUnderTest[] = []
  /** One user's machine: the same user data and browser profile on every start. */
  const start = async (machine: string) => {
    const userDataDir = join(machine, 'userData')
    const app = await launchApp({
      userDataDir,
      deps: { userDataDir },
      browserProfileDir: join(machine, 'profile'),
      viewport: SMALL,
    })
    apps.push(app)
    return app
  }
  const restart = async (app: AppUnderTest, machine: string) => {
    await app.close()
    apps.splice(apps.indexOf(app), 1)
    return start(machine)
  }

  beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), 'soantin-layout-'))))
  afterEach(async () => {
    while (apps.length) await apps.pop()?.close()
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('at 1024 px the collapsed panel leaves a text column of 600 px or more, and stays collapsed', async () => {
    const machine = mkdtempSync(join(scratch, 'machine-'))
    let app = await start(machine)
    const panel = () => app.page.getByTestId('field-panel')
    const collapse = () => app.page.getByRole('button', { name: 'Thu gọn bảng thông tin' })
    const expand = () => app.page.getByRole('button', { name: 'Mở bảng thông tin' })
    const open = await boxOf(app.page, '.st-editor')
    expect(open.width).toBeLessThan(600)
    expect(await collapse().getAttribute('aria-expanded')).toBe('true')

    await collapse().click()
    expect(await expand().getAttribute('aria-expanded')).toBe('false')
    expect(await panel().getByLabel('Tiêu đề').isVisible()).toBe(false)
    expect((await boxOf(app.page, '[data-testid="field-panel"]')).width).toBeLessThanOrEqual(48)
    expect((await boxOf(app.page, '.st-editor')).width).toBeGreaterThanOrEqual(600)

    app = await restart(app, machine)
    expect(await expand().getAttribute('aria-expanded')).toBe('false')
    expect((await boxOf(app.page, '.st-editor')).width).toBeGreaterThanOrEqual(600)

    await expand().click()
    expect(await collapse().getAttribute('aria-expanded')).toBe('true')
    expect(await panel().getByLabel('Tiêu đề').isVisible()).toBe(true)
    expect((await boxOf(app.page, '.st-editor')).width).toBeCloseTo(open.width, 0)
    app = await restart(app, machine)
    expect(await collapse().getAttribute('aria-expanded')).toBe('true')
  })

  it('Ctrl+= and Ctrl++ zoom the page only, Ctrl+- and Ctrl+0 undo it, and the zoom is remembered', async () => {
    const machine = mkdtempSync(join(scratch, 'machine-'))
    let app = await start(machine)
    const zoomShown = () => app.page.getByTestId('editor-zoom').innerText()
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.type('Chữ.')
    const base = await lineHeight(app.page)
    const panelWidth = (await boxOf(app.page, '[data-testid="field-panel"]')).width
    expect(await zoomShown()).toBe('100%')

    await app.page.keyboard.press('Control+Equal')
    expect(await zoomShown()).toBe('110%')
    expect((await lineHeight(app.page)) / base).toBeCloseTo(1.1, 1)
    await app.page.keyboard.press('Control+Shift+Equal')
    expect(await zoomShown()).toBe('125%')
    await app.page.keyboard.press('Control+Minus')
    expect(await zoomShown()).toBe('110%')
    await app.page.keyboard.press('Control+Digit0')
    expect(await zoomShown()).toBe('100%')
    expect(await lineHeight(app.page)).toBeCloseTo(base, 1)
    // The View menu zooms the page too (through main's menu command), not the whole window.
    await app.menu('zoomIn')
    await expect.poll(zoomShown).toBe('110%')
    expect((await boxOf(app.page, '[data-testid="field-panel"]')).width).toBe(panelWidth)
    await app.menu('zoomOut')
    await expect.poll(zoomShown).toBe('100%')
    await app.menu('zoomIn')
    await app.menu('zoomReset')
    await expect.poll(zoomShown).toBe('100%')

    for (let i = 0; i < 3; i++) await app.page.keyboard.press('Control+Equal')
    expect(await zoomShown()).toBe('150%')
    expect((await lineHeight(app.page)) / base).toBeCloseTo(1.5, 1)
    // Only the page: the panel keeps its width.
    expect((await boxOf(app.page, '[data-testid="field-panel"]')).width).toBe(panelWidth)
    // Clicks still land where they point on the zoomed page.
    const line = await boxOf(app.page, '.st-editor p')
    await app.page.mouse.click(line.x + line.width - 2, line.y + line.height / 2)
    await app.page.keyboard.type(' Thêm')
    await expect.poll(() => app.page.locator('.st-editor p').first().innerText()).toBe('Chữ. Thêm')

    // The unsaved text comes back through recovery, so the restarted page has a line to measure.
    await expect.poll(() => backupsIn(join(machine, 'userData')).length, { timeout: 5000 }).toBe(1)
    app = await restart(app, machine)
    expect(await zoomShown()).toBe('150%')
    await app.page.getByRole('button', { name: 'Khôi phục "Chưa đặt tên"' }).click()
    await expect.poll(() => app.page.locator('.st-editor p').first().innerText()).toContain('Chữ.')
    expect((await lineHeight(app.page)) / base).toBeCloseTo(1.5, 1)
    await app.page.getByTestId('editor-zoom').click()
    expect(await zoomShown()).toBe('100%')
  })

  it("the bridge points' up, down and remove buttons are at least 32 × 32 px", async () => {
    const app = await start(mkdtempSync(join(scratch, 'machine-')))
    const panel = app.page.getByTestId('field-panel')
    await panel.getByRole('button', { name: 'Thêm điểm cầu' }).click()
    await panel.getByRole('button', { name: 'Thêm điểm cầu' }).click()
    await expect.poll(() => panel.getByTestId('bridge-point').count()).toBe(2)
    const place = await panel.getByTestId('bridge-point').first().getByLabel('Nơi đặt điểm cầu').boundingBox()
    for (const name of ['Đưa điểm cầu 1 lên', 'Đưa điểm cầu 1 xuống', 'Xóa điểm cầu 1', 'Xóa điểm cầu 2']) {
      const box = await panel.getByRole('button', { name }).boundingBox()
      expect(box?.width, name).toBeGreaterThanOrEqual(32)
      expect(box?.height, name).toBeGreaterThanOrEqual(32)
      // Bigger, yet still clear of the place box below them.
      if (name.includes('cầu 1'))
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(place?.y ?? 0)
    }
  })

  it('Enter on a field of the body opens the collapsed panel at that field', async () => {
    const app = await start(mkdtempSync(join(scratch, 'machine-')))
    await app.page.getByRole('button', { name: 'Thu gọn bảng thông tin' }).click()
    await app.page.getByRole('button', { name: 'Mới', exact: true }).click()
    const gallery = app.page.getByRole('dialog', { name: 'Tạo báo cáo từ mẫu' })
    await gallery.getByRole('button', { name: 'Tạo báo cáo từ mẫu "Giao ban Thường trực Tỉnh ủy"' }).click()
    await gallery.waitFor({ state: 'hidden' })
    const chairField = app.page.locator('.st-editor [data-field="chair"]')
    await chairField.click()
    await app.page.keyboard.press('ArrowRight')
    await app.page.keyboard.press('ArrowLeft')
    await expect.poll(() => chairField.getAttribute('class')).toContain('ProseMirror-selectednode')
    await app.page.keyboard.press('Enter')
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('st-in-chair')
    const toggle = app.page.getByRole('button', { name: 'Thu gọn bảng thông tin' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
  })
})
