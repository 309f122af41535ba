import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const backupsIn = (userData: string) => {
  try {
    return readdirSync(join(userData, 'recovery')).filter((n) => n.endsWith('.soantin-backup'))
  } catch {
    return []
  }
}

const SMALL = { width: 1024, height: 700 }
const WIDE = { width: 1366, height: 768 }
const DOCS = join(import.meta.dirname, '..', '..', 'docs')
const MM = 96 / 25.4

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
  const start = async (machine: string, viewport = SMALL) => {
    const userDataDir = join(machine, 'userData')
    const app = await launchApp({
      userDataDir,
      deps: { userDataDir },
      browserProfileDir: join(machine, 'profile'),
      viewport,
    })
    apps.push(app)
    return app
  }
  const restart = async (app: AppUnderTest, machine: string, viewport = SMALL) => {
    await app.close()
    apps.splice(apps.indexOf(app), 1)
    return start(machine, viewport)
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

  /** Width of the editor's text column, measured even while the page is hidden behind a preview tab. */
  const textColumn = (page: Page) =>
    page.locator('.st-editor').evaluate((el) => el.getBoundingClientRect().width)
  const openPreview = (page: Page) => page.getByRole('button', { name: 'Xem trước', exact: true }).click()
  const placementShown = (page: Page) => page.getByTestId('preview-pane').getAttribute('data-placement')

  it('at 1024 × 700 the preview opens as a tab; back and Esc return to the caret, and Ctrl+Z still works', async () => {
    const app = await start(mkdtempSync(join(scratch, 'machine-')))
    const { page } = app
    const firstLine = () => page.locator('.st-editor p').first().innerText()
    await caretAtEnd(page.locator('.st-editor p').first())
    await page.keyboard.type('Một hai ba')
    await expect.poll(firstLine).toBe('Một hai ba')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')

    // Even with the panel open the preview takes the editor's place instead of squeezing it.
    const alone = await textColumn(page)
    await openPreview(page)
    await expect.poll(() => placementShown(page)).toBe('tab')
    expect(await page.locator('.st-main').isVisible()).toBe(false)
    expect(await textColumn(page)).toBe(alone)
    const pane = await boxOf(page, '[data-testid="preview-pane"]')
    const panel = await boxOf(page, '[data-testid="field-panel"]')
    expect(pane.x + pane.width).toBeLessThanOrEqual(panel.x + 1)
    expect(pane.width).toBeGreaterThan(600)

    await page.getByRole('button', { name: /Quay lại soạn thảo/ }).click()
    expect(await page.getByTestId('preview-pane').count()).toBe(0)
    expect(await page.locator('.st-main').isVisible()).toBe(true)
    await page.keyboard.type('X')
    await expect.poll(firstLine).toBe('Một hai Xba')

    await page.getByRole('button', { name: 'Thu gọn bảng thông tin' }).click()
    expect(await textColumn(page)).toBeGreaterThanOrEqual(600)
    if (process.env.SOANTIN_DOCS_SHOTS === '1') await page.screenshot({ path: join(DOCS, 'layout-1024.png') })
    await openPreview(page)
    await expect.poll(() => placementShown(page)).toBe('tab')
    expect(await textColumn(page)).toBeGreaterThanOrEqual(600)
    // The print sheet at "Vừa khung" in the tab; Esc works from the preview's own controls too.
    await page.getByRole('tab', { name: 'Bản in A4' }).click()
    await expect.poll(() => page.getByTestId('preview-print').getAttribute('srcdoc')).toContain('Xba')
    await (
      await (await page.getByTestId('preview-print').elementHandle())?.contentFrame()
    )?.waitForLoadState()
    if (process.env.SOANTIN_DOCS_SHOTS === '1')
      await page.screenshot({ path: join(DOCS, 'preview-tab-1024.png') })
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('preview-pane').count()).toBe(0)
    await page.keyboard.type('Y')
    await expect.poll(firstLine).toBe('Một hai XYba')
    // The page was never rebuilt: its undo history takes back the letters typed after each
    // preview, then some of the words typed before the first one.
    await page.keyboard.press('Control+z')
    await expect.poll(firstLine).toBe('Một hai Xba')
    await page.keyboard.press('Control+z')
    await expect.poll(firstLine).toBe('Một hai ba')
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await firstLine()).length).toBeLessThan('Một hai ba'.length)
  })

  it('at 1366 × 768 the preview sits beside the page only while the text keeps 600 px; "tab" is remembered', async () => {
    const machine = mkdtempSync(join(scratch, 'machine-'))
    let app = await start(machine, WIDE)
    // The open panel leaves too little room beside the page: a tab.
    await openPreview(app.page)
    await expect.poll(() => placementShown(app.page)).toBe('tab')
    await app.page.getByRole('button', { name: /Quay lại soạn thảo/ }).click()

    await app.page.getByRole('button', { name: 'Thu gọn bảng thông tin' }).click()
    await openPreview(app.page)
    await expect.poll(() => placementShown(app.page)).toBe('beside')
    expect(await app.page.locator('.st-main').isVisible()).toBe(true)
    expect(await textColumn(app.page)).toBeGreaterThanOrEqual(600)
    const editorPage = await boxOf(app.page, '.st-editor-frame')
    const pane = await boxOf(app.page, '[data-testid="preview-pane"]')
    expect(pane.x).toBeGreaterThanOrEqual(editorPage.x + editorPage.width - 1)
    expect(await app.page.getByRole('button', { name: /Quay lại soạn thảo/ }).count()).toBe(0)

    await app.page.getByRole('button', { name: 'Mở thành thẻ' }).click()
    await expect.poll(() => placementShown(app.page)).toBe('tab')
    app = await restart(app, machine, WIDE)
    await openPreview(app.page)
    await expect.poll(() => placementShown(app.page)).toBe('tab')
    await app.page.getByRole('button', { name: 'Đặt bên cạnh' }).click()
    await expect.poll(() => placementShown(app.page)).toBe('beside')
    expect(await textColumn(app.page)).toBeGreaterThanOrEqual(600)
  })

  it('the print preview opens at "Vừa khung": the whole A4 sheet width shows, at 1024 and at 1366 px', async () => {
    for (const viewport of [SMALL, WIDE]) {
      const app = await start(mkdtempSync(join(scratch, 'machine-')), viewport)
      if (viewport === WIDE) await app.page.getByRole('button', { name: 'Thu gọn bảng thông tin' }).click()
      await caretAtEnd(app.page.locator('.st-editor p').first())
      await app.page.keyboard.type('Một đoạn ngắn, một trang in.')
      await openPreview(app.page)
      await app.page.getByRole('tab', { name: 'Bản in A4' }).click()
      const zoomSelect = app.page.getByTestId('preview-pane').getByLabel('Thu phóng')
      expect(await zoomSelect.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
        'Vừa khung',
      )
      const frame = app.page.getByTestId('preview-print')
      await expect.poll(() => frame.getAttribute('srcdoc')).toContain('một trang in.')
      const zoom = Number(await frame.getAttribute('data-zoom'))
      const size = await frame.evaluate((el) => {
        const r = el.getBoundingClientRect()
        return { width: Math.floor(r.width), height: Math.floor(r.height) }
      })
      // The sheet fills the pane: not the old fixed half size.
      expect(230 * MM * zoom).toBeLessThanOrEqual(size.width)
      expect(230 * MM * zoom).toBeGreaterThan(size.width - 40)
      // The frame's own document, laid out at the frame's size: no horizontal scrolling.
      const probe = await app.context.newPage()
      try {
        await probe.setViewportSize(size)
        await probe.setContent((await frame.getAttribute('srcdoc')) ?? '', { waitUntil: 'load' })
        const fit = await probe.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }))
        expect(fit.scroll, `${viewport.width} px`).toBeLessThanOrEqual(fit.client)
        expect(220 * MM * zoom).toBeLessThanOrEqual(fit.client)
      } finally {
        await probe.close()
      }
      // A fixed zoom is still there to choose.
      await zoomSelect.selectOption('1')
      await expect.poll(() => frame.getAttribute('data-zoom')).toBe('1')
      await app.close()
      apps.splice(apps.indexOf(app), 1)
    }
  })

  it('no control of the header, toolbar or panel is cut off at 1024 × 700 or 1366 × 768', async () => {
    for (const viewport of [SMALL, WIDE]) {
      const app = await start(mkdtempSync(join(scratch, 'machine-')), viewport)
      const outside = await app.page.evaluate((width) => {
        const controls = document.querySelectorAll(
          '.st-header :is(button, select, input), [data-testid="field-panel"] :is(button, select, input)',
        )
        return Array.from(controls).flatMap((el) => {
          const r = el.getBoundingClientRect()
          if (r.width === 0 || r.height === 0) return []
          const name = el.getAttribute('aria-label') ?? el.textContent ?? el.id
          return r.left < 0 || r.right > width ? [`${name}: ${r.left}–${r.right}`] : []
        })
      }, viewport.width)
      expect(outside, `${viewport.width} px`).toEqual([])

      // "Buổi" shows its longest choice whole: the text fits the select's box beside its arrow.
      const select = app.page.locator('#st-in-timeOfDay')
      await select.selectOption('')
      const fit = await select.evaluate((el) => {
        const s = el as HTMLSelectElement
        const style = getComputedStyle(s)
        const ctx = document.createElement('canvas').getContext('2d')
        if (!ctx) throw new Error('no canvas')
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        const text = s.selectedOptions[0]?.text ?? ''
        const inner = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        return {
          text,
          textWidth: ctx.measureText(text).width,
          inner,
          scroll: s.scrollWidth,
          client: s.clientWidth,
        }
      })
      expect(fit.text).toBe('Ngày (không ghi buổi)')
      expect(fit.scroll).toBeLessThanOrEqual(fit.client)
      // Room for the drop-down arrow (about 20 px) as well.
      expect(fit.textWidth + 20, `${viewport.width} px`).toBeLessThanOrEqual(fit.inner)
      await app.close()
      apps.splice(apps.indexOf(app), 1)
    }
  })
})
