/**
 * The large report: ten times the reference (about 200,000 words, 90 photos), in real Chromium. For
 * each way of laying out the editor's blocks: the time from Ctrl+O to an editable page with every
 * photo decoded, then keystrokes in a paragraph in the middle, from keydown to the painted frame.
 * "skipped off-screen" is `content-visibility: auto` on the editor's top-level blocks (the app's
 * stylesheet); "laid out in full" turns it off, as before. Run: npx tsx bench/largeReport.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { serializeReport } from '@shared/model/parseReport'
import { buildRenderer } from '../tests/e2e/harness/buildRenderer'
import { launchApp } from '../tests/e2e/harness/launchApp'
import { referenceReport } from '../tests/fixtures/referenceReport'
import { keyTimesLine, timeKeystrokes } from './lib/keyTimer'

const KEYS = 120
const FULL_LAYOUT =
  '.st-editor > * { content-visibility: visible !important; contain-intrinsic-size: none !important; }'

async function measure(
  rendererDir: string,
  draftPath: string,
  figures: number,
  label: string,
  full: boolean,
): Promise<void> {
  const app = await launchApp({ rendererDir, viewport: { width: 1366, height: 768 } })
  try {
    if (full) await app.page.addStyleTag({ content: FULL_LAYOUT })
    app.dialogs.openQueue.push(draftPath)
    const start = Date.now()
    await app.page.keyboard.press('Control+o')
    await app.page
      .waitForFunction(
        (figures) =>
          document.title.includes('.soantin') &&
          document.querySelectorAll('.st-editor figure img').length === figures &&
          document.querySelector('.st-editor')?.getAttribute('contenteditable') === 'true',
        figures,
        { timeout: 120_000, polling: 50 },
      )
      .catch(async (error: unknown) => {
        const seen = await app.page.evaluate(() => ({
          title: document.title,
          photos: document.querySelectorAll('.st-editor figure img').length,
          editable: document.querySelector('.st-editor')?.getAttribute('contenteditable'),
        }))
        throw new Error(`not open after 120 s: ${JSON.stringify(seen)}`, { cause: error })
      })
    const opened = Date.now() - start
    const middle = app.page.locator('.st-editor > p').nth(1500)
    await middle.scrollIntoViewIfNeeded()
    await middle.click()
    await app.page.keyboard.press('End')
    const text = ' giao ban tuần để nghe và cho ý kiến về báo cáo tình hình kết quả thực hiện Nghị quyết'
    const times = await timeKeystrokes(app.page, text, KEYS)
    console.log(`${keyTimesLine(label, times, 34)}  open to editable ${(opened / 1000).toFixed(2)} s`)
  } finally {
    await app.close()
  }
}

async function main() {
  console.log(`Load average before: ${loadavg()[0]?.toFixed(2)} (2 cores)`)
  const dir = mkdtempSync(join(tmpdir(), 'soantin-bench-large-'))
  try {
    const rendererDir = join(dir, 'renderer')
    buildRenderer(rendererDir)
    const path = join(dir, 'x10.soantin')
    const report = referenceReport({ scale: 10 })
    writeFileSync(path, serializeReport(report))
    const figures = JSON.stringify(report.body).match(/"type":"figure"/g)?.length ?? 0
    console.log(`×10 report: ${figures} photos, ${report.body.content?.length} top-level blocks`)
    for (let round = 0; round < 2; round++) {
      await measure(rendererDir, path, figures, '×10, laid out in full', true)
      await measure(rendererDir, path, figures, '×10, skipped off-screen', false)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(`Load average after: ${loadavg()[0]?.toFixed(2)}`)
}

void main()
