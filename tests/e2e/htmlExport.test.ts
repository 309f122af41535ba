import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClipboardPort, ExportFormat } from '@main/handlers/ports'
import { defaultImagesDir, writeHtmlExport } from '@node/htmlExportFile'
import { exportHtml } from '@shared/export/html/exportHtml'
import { serializeReport } from '@shared/model/parseReport'
import { defaultPrintLayout } from '@shared/settings/settings'
import { printPreviewDocument } from '@renderer/preview/printPreviewDocument'
import { p } from '../fixtures/builders'
import { seedReport } from '../unit/shared/export/html/seedExample'
import { xssReport } from '../unit/shared/export/html/xssVectors'
import { FakeDialogs } from './harness/fakeDialogs'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'
import { RecordingShell } from '../helpers/recordingShell'

const SEED = join(__dirname, '../../examples/giao-ban-thuong-truc-tinh-uy.soantin')
const EXPORTED = '2022-09-19 Giao ban Thường trực Tỉnh ủy.html'
const MM = 96 / 25.4
const PT_PER_MM = 72 / 25.4

/** The words poppler finds on one page of a PDF, with their boxes in points from the top left. */
function pdfWords(pdf: string, page: number) {
  const xml = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], {
    encoding: 'utf8',
  })
  return Array.from(
    xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    (m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] }),
  )
}

class ExportDialogs extends FakeDialogs {
  readonly asked: string[] = []
  constructor(private readonly folder: string) {
    super(folder)
  }
  override async chooseExportPath(format: ExportFormat, defaultFileName: string): Promise<string | null> {
    this.asked.push(`${format}: ${defaultFileName}`)
    return join(this.folder, defaultFileName)
  }
}

class RecordingClipboard implements ClipboardPort {
  readonly writes: Array<{ html: string; text: string }> = []
  writeHtml(html: string, text: string) {
    this.writes.push({ html, text })
  }
  read() {
    return this.writes.at(-1) ?? { html: '', text: '' }
  }
}

/**
 * The XSS report as a draft file can hold it: the model refuses asset types outside its list, and the
 * editor cannot show an asset that is not base64 at all (that one is left to the unit tests).
 */
function xssDraft() {
  const report = xssReport()
  const allowed = ['image/png', 'image/jpeg', 'image/gif', 'image/webp']
  report.assets = Object.fromEntries(
    Object.entries(report.assets).filter(
      ([, a]) => allowed.includes(a.mime) && /^[A-Za-z0-9+/]+=*$/.test(a.data),
    ),
  )
  return report
}

const builds = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .getAttribute('data-builds')
    .then((v) => Number(v))

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * Screenshots the page and reads it back in the browser: the dark pixels (text) in each box, as their
 * count and bounding box, and the colour at one point.
 */
async function readScreenshot(page: Page, boxes: Box[], point: { x: number; y: number }) {
  const png = (await page.screenshot()).toString('base64')
  return page.evaluate(
    async ({ png, boxes, point }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D
      g.drawImage(bitmap, 0, 0)
      const ink = boxes.map((b) => {
        const x0 = Math.round(b.left)
        const y0 = Math.round(b.top)
        const w = Math.round(b.right - b.left)
        const h = Math.round(b.bottom - b.top)
        const data = g.getImageData(x0, y0, w, h).data
        const found = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity, count: 0 }
        for (let i = 0; i < w * h; i++) {
          if ((data[i * 4] ?? 0) + (data[i * 4 + 1] ?? 0) + (data[i * 4 + 2] ?? 0) > 300) continue
          const x = x0 + (i % w)
          const y = y0 + Math.floor(i / w)
          found.left = Math.min(found.left, x)
          found.right = Math.max(found.right, x + 1)
          found.top = Math.min(found.top, y)
          found.bottom = Math.max(found.bottom, y + 1)
          found.count++
        }
        return found
      })
      const colour = Array.from(g.getImageData(Math.round(point.x), Math.round(point.y), 1, 1).data)
      return { ink, colour }
    },
    { png, boxes, point },
  )
}

/**
 * Opens hostile HTML from a file (so the hook below is installed before anything in it could run),
 * records any call to `xss(n)`, any dialog and any script error, and fires every inline event handler.
 */
async function loadHostile(page: Page, file: string, html: string) {
  let dialogs = 0
  const errors: string[] = []
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.addInitScript(() => {
    const w = window as unknown as { __hits: number[]; xss(n: number): void; msgbox(n: number): void }
    w.__hits = []
    w.xss = (n) => w.__hits.push(n)
    w.msgbox = (n) => w.__hits.push(n)
  })
  writeFileSync(file, html)
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
  const hits = await page.evaluate(async () => {
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const type of ['mouseover', 'click', 'focus', 'load', 'error', 'toggle', 'mouseenter']) {
        // A synthetic click on a link would navigate; links are judged by the protocol the browser parsed.
        if (type === 'click' && el.closest('a')) continue
        el.dispatchEvent(new Event(type, { bubbles: true }))
      }
    }
    await new Promise((r) => setTimeout(r, 200))
    return (window as unknown as { __hits: number[] }).__hits
  })
  return { hits, dialogs, errors }
}

describe('Xuất HTML, Sao chép cho web and the previews in the app', () => {
  let app: AppUnderTest
  let dialogs: ExportDialogs
  let clipboard: RecordingClipboard
  let shell: RecordingShell
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    dialogs = new ExportDialogs(dir)
    clipboard = new RecordingClipboard()
    shell = new RecordingShell()
    // Wide enough for the preview to stay beside the page (its text column keeps 600 px), so these
    // tests can type while it is open; narrower windows show it as a tab (layoutRoom.test.ts).
    app = await launchApp({ deps: { dialogs, clipboard, shell }, viewport: { width: 1680, height: 900 } })
    const draft = join(dir, 'giao-ban.soantin')
    copyFileSync(SEED, draft)
    dialogs.openQueue.push(draft)
    await app.page.keyboard.press('Control+o')
    await app.page.locator('.st-editor p', { hasText: 'Sau gần 2 năm triển khai' }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('previews exactly the HTML that "Xuất HTML" writes, in a frame with scripts disabled', async () => {
    await app.page.getByRole('button', { name: 'Xem trước' }).click()
    const frame = app.page.getByTestId('preview-web')
    expect(await frame.getAttribute('sandbox')).toBe('')
    await expect.poll(() => frame.getAttribute('srcdoc')).toContain('Giao ban Thường trực Tỉnh ủy')
    await expect.poll(() => builds(app.page, 'preview-web')).toBeGreaterThanOrEqual(2)
    const shown = await frame.getAttribute('srcdoc')

    await app.page.getByRole('button', { name: 'Xuất HTML' }).click()
    await expect.poll(() => app.page.getByTestId('web-export').innerText()).toContain(`Đã xuất "${EXPORTED}"`)
    expect(dialogs.asked).toEqual([`html: ${EXPORTED}`])
    const written = readFileSync(join(dir, EXPORTED), 'utf8')
    expect(written).toBe(shown)
    expect(written).toBe(exportHtml(seedReport(), { layout: defaultPrintLayout() }).html)

    const inside = app.page.frameLocator('[data-testid=preview-web]')
    expect(await inside.locator('h1').textContent()).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(await inside.locator('.st-byline').evaluate((el) => getComputedStyle(el).textAlign)).toBe('right')
    expect(await inside.locator('figure img').evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(
      640,
    )
  })

  it('offers "Mở tệp" and "Mở thư mục" for the exported page, and says so when it is gone', async () => {
    const status = app.page.getByTestId('web-export')
    await status.getByRole('button', { name: 'Mở tệp' }).click()
    await status.getByRole('button', { name: 'Mở thư mục' }).click()
    await expect.poll(() => shell.shown.length).toBe(1)
    expect(shell.opened).toEqual([join(dir, EXPORTED)])
    expect(shell.shown).toEqual([join(dir, EXPORTED)])
    expect(await status.getByRole('alert').count()).toBe(0)

    const kept = readFileSync(join(dir, EXPORTED))
    rmSync(join(dir, EXPORTED))
    try {
      await status.getByRole('button', { name: 'Mở tệp' }).click()
      await expect
        .poll(() => status.getByRole('alert').innerText())
        .toBe(`Không tìm thấy "${EXPORTED}": tệp đã bị xóa hoặc di chuyển.`)
      expect(shell.opened).toHaveLength(1)
    } finally {
      writeFileSync(join(dir, EXPORTED), kept)
    }
  })

  it('rebuilds the preview once after a burst of typing, not on each keystroke', async () => {
    const before = await builds(app.page, 'preview-web')
    await caretAtEnd(app.page.locator('.st-editor p').filter({ hasText: 'Sau gần 2 năm triển khai' }))
    await app.page.keyboard.type(' Thêm câu kiểm tra xem trước.', { delay: 25 })
    await expect
      .poll(() => app.page.getByTestId('preview-web').getAttribute('srcdoc'))
      .toContain('Thêm câu kiểm tra xem trước.')
    await app.page.waitForTimeout(900)
    // 29 keystrokes, each well inside the quiet time: one rebuild (two if a pause fell mid-burst).
    expect((await builds(app.page, 'preview-web')) - before).toBeGreaterThanOrEqual(1)
    expect((await builds(app.page, 'preview-web')) - before).toBeLessThanOrEqual(2)
  })

  it('lays the print preview out on A4 pages with the print layout margins', async () => {
    await app.page.getByRole('tab', { name: 'Bản in A4' }).click()
    await app.page.getByTestId('preview-pane').getByLabel('Thu phóng').selectOption('1')
    const frame = app.page.getByTestId('preview-print')
    expect(await frame.getAttribute('sandbox')).toBe('')
    await expect.poll(() => frame.getAttribute('srcdoc')).toContain('column-width')
    const srcdoc = (await frame.getAttribute('srcdoc')) ?? ''
    const page = await app.context.newPage()
    try {
      await page.setViewportSize({ width: 1600, height: 1300 })
      await page.setContent(srcdoc, { waitUntil: 'load' })
      const rects = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.st-report p, .st-report h1, .st-report figure')).flatMap(
          (el) =>
            Array.from(el.getClientRects()).map((r) => ({
              left: r.left,
              top: r.top,
              bottom: r.bottom,
              width: r.width,
            })),
        ),
      )
      const layout = defaultPrintLayout()
      const top = (10 + layout.marginTopMm) * MM
      const textHeight = (297 - layout.marginTopMm - layout.marginBottomMm) * MM
      const firstLeft = (10 + layout.marginLeftMm) * MM
      const stride = 220 * MM
      const textWidth = (210 - layout.marginLeftMm - layout.marginRightMm) * MM
      const pages = new Set<number>()
      for (const r of rects) {
        expect(r.top).toBeGreaterThanOrEqual(top - 1)
        expect(r.bottom).toBeLessThanOrEqual(top + textHeight + 1)
        const pageIndex = Math.floor((r.left - firstLeft + 1) / stride)
        const offset = r.left - firstLeft - pageIndex * stride
        expect(offset).toBeGreaterThanOrEqual(-1)
        expect(offset + r.width).toBeLessThanOrEqual(textWidth + 1)
        pages.add(pageIndex)
      }
      // The seed article with the sentence typed above runs a little onto a third printed page.
      expect([...pages].sort()).toEqual([0, 1, 2])
    } finally {
      await page.close()
    }
  })

  it('numbers the print preview pages from 2 in the top margin, and draws no sheet after the text', async () => {
    const srcdoc = (await app.page.getByTestId('preview-print').getAttribute('srcdoc')) ?? ''
    expect(srcdoc).toContain('data:image/svg+xml')
    const page = await app.context.newPage()
    try {
      await page.setViewportSize({ width: 3200, height: 1200 })
      await page.setContent(srcdoc, { waitUntil: 'load' })
      const layout = defaultPrintLayout()
      const sheetLeft = (k: number) => (10 + k * 220) * MM
      const numberCentre = (k: number) => sheetLeft(k) + (layout.marginLeftMm + 82.5) * MM
      const topMargin = { top: 10 * MM, bottom: (10 + layout.marginTopMm) * MM }
      const inkIn = (k: number) => ({
        left: numberCentre(k) - 15 * MM,
        right: numberCentre(k) + 15 * MM,
        ...topMargin,
      })
      const seen = await readScreenshot(page, [inkIn(0), inkIn(1), inkIn(2), inkIn(3)], {
        x: sheetLeft(3) + 105 * MM,
        y: 150 * MM,
      })
      const [first, second, third, fourth] = seen.ink
      expect(first?.count).toBe(0)
      expect(second?.count).toBeGreaterThan(20)
      expect(third?.count).toBeGreaterThan(20)
      expect(fourth?.count).toBe(0)
      // One digit, centred on the text width, inside the top margin, about the size of 13 pt figures.
      expect(Math.abs(((second?.left ?? 0) + (second?.right ?? 0)) / 2 - numberCentre(1))).toBeLessThan(
        2 * MM,
      )
      expect(second?.top).toBeGreaterThan(topMargin.top)
      expect(second?.bottom).toBeLessThan(topMargin.bottom)
      expect((second?.bottom ?? 0) - (second?.top ?? 0)).toBeGreaterThan(2.5 * MM)
      expect((second?.bottom ?? 0) - (second?.top ?? 0)).toBeLessThan(5 * MM)
      // The text fills three pages: where a fourth sheet would be, the frame stays grey (#8d939c).
      expect(seen.colour.slice(0, 3)).toEqual([141, 147, 156])
    } finally {
      await page.close()
    }
  })

  it('copies the CMS fragment and its plain text through main', async () => {
    await app.page.getByRole('button', { name: 'Sao chép cho web' }).click()
    await expect
      .poll(() => app.page.getByTestId('web-export').innerText())
      .toContain('Đã chép bài vào bộ nhớ tạm')
    expect(clipboard.writes).toHaveLength(1)
    const copied = clipboard.writes[0]
    expect(copied?.html.startsWith('<article class="st-report" lang="vi">')).toBe(true)
    expect(copied?.html).toContain('Thêm câu kiểm tra xem trước.')
    expect(copied?.text).toContain('Thu Hiền (Trung tâm TT-VH)')
    expect(copied?.text).not.toContain('<')
    await app.menu('copyForWeb')
    await expect.poll(() => clipboard.writes.length).toBe(2)
  })

  it('exports images into a folder beside the page when asked, from the menu command too', async () => {
    await app.page.getByLabel('Ảnh thành tệp riêng').check()
    await app.menu('exportHtml')
    await expect.poll(() => app.page.getByTestId('web-export').innerText()).toContain('và 1 ảnh')
    const folder = defaultImagesDir(join(dir, EXPORTED))
    expect(readdirSync(folder)).toHaveLength(1)
    expect(readFileSync(join(dir, EXPORTED), 'utf8')).toContain(
      'src="2022-09-19-giao-ban-thuong-truc-tinh-uy-anh/01-',
    )
  })

  it('runs nothing from a hostile report in the preview frame', async () => {
    const draft = join(dir, 'doc-hai.soantin')
    writeFileSync(draft, serializeReport(xssDraft()))
    const errors: string[] = []
    app.page.on('pageerror', (e) => errors.push(e.message))
    await app.page.evaluate(() => {
      const w = window as unknown as { __hits: number[]; xss(n: number): void }
      w.__hits = []
      w.xss = (n) => w.__hits.push(n)
    })
    dialogs.openQueue.push(draft)
    await app.menu('open')
    // The seed was edited above: when the app asks, leave it without saving.
    const dontSave = app.page.getByRole('button', { name: 'Không lưu' })
    const opened = app.page.locator('.st-editor p', { hasText: 'Văn bản 1:' }).first()
    await expect.poll(async () => (await dontSave.count()) + (await opened.count())).toBeGreaterThan(0)
    if ((await dontSave.count()) > 0) await dontSave.click()
    await opened.waitFor()
    await app.page.getByRole('tab', { name: 'Trang web' }).click()
    await expect.poll(() => app.page.getByTestId('preview-web').getAttribute('srcdoc')).toContain('xss(60)')
    const inside = app.page.frameLocator('[data-testid=preview-web]')
    await inside.locator('h1').waitFor()
    expect(await inside.locator('script, iframe, object, embed, form, svg').count()).toBe(0)
    expect(await inside.locator('p').count()).toBeGreaterThan(60)
    expect(await app.page.evaluate(() => (window as unknown as { __hits: number[] }).__hits)).toEqual([])
    expect(errors).toEqual([])
  })
})

describe('exported pages in a real browser', () => {
  let app: AppUnderTest
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    app = await launchApp({ driver: 'chromium' }) // opens exported pages in new tabs of the browser context
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('prints the seed page on A4 in a Times-compatible face', async () => {
    const htmlPath = join(dir, 'seed.html')
    await writeHtmlExport({ report: seedReport(), htmlPath })
    const page = await app.context.newPage()
    try {
      await page.goto(pathToFileURL(htmlPath).href)
      expect(
        await page.evaluate(() => (document.querySelector('figure img') as HTMLImageElement).naturalWidth),
      ).toBe(640)
      const pdf = join(dir, 'seed.pdf')
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
      const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info) ?? []
      expect(Math.abs(Number(width) - 595.28)).toBeLessThan(1)
      expect(Math.abs(Number(height) - 841.89)).toBeLessThan(1)
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(2)
      // Page numbers as in the DOCX: none on page 1, then centred on the text width in the top margin.
      const topMargin = defaultPrintLayout().marginTopMm * PT_PER_MM
      const firstWords = (n: number) => pdfWords(pdf, n).filter((w) => w.yMax < topMargin)
      expect(firstWords(1)).toEqual([])
      const [number, ...others] = firstWords(2)
      expect(others).toEqual([])
      expect(number?.text).toBe('2')
      const textCentre = (30 + (210 - 30 - 15) / 2) * PT_PER_MM
      expect(Math.abs(((number?.xMin ?? 0) + (number?.xMax ?? 0)) / 2 - textCentre)).toBeLessThan(3)
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
      expect(fonts).toMatch(/LiberationSerif/)
      expect(fonts).not.toMatch(/DejaVu/)
    } finally {
      await page.close()
    }
  })

  it('keeps a byline that spills alone onto a new print preview page, numbered, with grey after it', async () => {
    const page = await app.context.newPage()
    try {
      await page.setViewportSize({ width: 2800, height: 1200 })
      // Lines added before the byline, one at a time, until it is pushed onto a third page.
      let bylineLeft = 0
      for (let extra = 0; extra < 60 && bylineLeft < 440 * MM; extra++) {
        const r = seedReport()
        const body = r.body.content ?? []
        for (let i = 0; i < extra; i++) body.splice(body.length - 1, 0, p(`Dòng thêm ${i + 1}.`))
        await page.setContent(printPreviewDocument(exportHtml(r).html), { waitUntil: 'load' })
        bylineLeft = await page.evaluate(
          () => document.querySelector('.st-byline')?.getBoundingClientRect().left ?? 0,
        )
      }
      expect(bylineLeft).toBeGreaterThan(440 * MM)
      expect(bylineLeft).toBeLessThan(660 * MM)
      const byline = await page.evaluate(() => {
        const r = document.querySelector('.st-byline')?.getBoundingClientRect()
        return { left: r?.left ?? 0, right: r?.right ?? 0, top: r?.top ?? 0, bottom: r?.bottom ?? 0 }
      })
      const layout = defaultPrintLayout()
      const centre = (450 + layout.marginLeftMm + 82.5) * MM
      const number = { left: centre - 15 * MM, right: centre + 15 * MM, top: 10 * MM, bottom: 30 * MM }
      // Where a fourth sheet would start, the frame stays grey.
      const seen = await readScreenshot(page, [byline, number], { x: 700 * MM, y: 150 * MM })
      expect(seen.ink[0]?.count).toBeGreaterThan(50)
      expect(seen.ink[1]?.count).toBeGreaterThan(20)
      expect(seen.colour.slice(0, 3)).toEqual([141, 147, 156])
    } finally {
      await page.close()
    }
  })

  it('shows images written beside the page under its own security policy', async () => {
    const r = seedReport()
    const htmlPath = join(dir, 'trang có ảnh.html')
    await writeHtmlExport({ report: r, htmlPath, imagesDir: defaultImagesDir(htmlPath) })
    const page = await app.context.newPage()
    try {
      await page.goto(pathToFileURL(htmlPath).href)
      const images = await page.evaluate(() =>
        Array.from(document.images).map((i) => ({ src: i.getAttribute('src'), width: i.naturalWidth })),
      )
      expect(images).toEqual([{ src: 'trang-co-anh-anh/01-diem-cau-dam-ha.png', width: 640 }])
    } finally {
      await page.close()
    }
  })

  it('runs no script from any XSS vector, in the page and in the fragment, even without its policy', async () => {
    const report = xssReport()
    const withoutPolicy = (html: string) =>
      html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    const forms = {
      page: withoutPolicy(exportHtml(report).html),
      fragment: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CMS</title></head><body>${
        exportHtml(report, { form: 'fragment' }).html
      }</body></html>`,
    }
    expect(forms.page).not.toContain('Content-Security-Policy')
    for (const [form, html] of Object.entries(forms)) {
      const page = await app.context.newPage()
      try {
        const { hits, dialogs, errors } = await loadHostile(page, join(dir, `${form}.html`), html)
        expect(hits, form).toEqual([])
        expect(dialogs, form).toBe(0)
        expect(errors, form).toEqual([])
        const live = await page.evaluate(() => ({
          links: Array.from(document.links).map((a) => a.protocol),
          images: Array.from(document.images).map((i) => i.src.slice(0, 22)),
          handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
            el.getAttributeNames().filter((n) => n.startsWith('on')),
          ),
          active: document.querySelectorAll(
            'script, iframe, object, embed, base, form, svg, math, link, meta[http-equiv=refresh]',
          ).length,
        }))
        expect(live.links.length).toBeGreaterThan(50)
        for (const protocol of live.links) expect(['http:', 'https:', 'mailto:']).toContain(protocol)
        expect(live.images.every((src) => src.startsWith('data:image/png;base64'))).toBe(true)
        expect(live.handlers).toEqual([])
        expect(live.active).toBe(0)
      } finally {
        await page.close()
      }
    }
  })
})
