/**
 * The large report: ten times the reference (about 200,000 words, 90 photos), in real Chromium. For
 * each way of laying out the editor's blocks: the time from Ctrl+O to an editable page whose
 * photos in view are decoded (the others are decoded as they come near, photo/nearView.ts), then
 * keystrokes in a paragraph in the middle, from keydown to the painted frame.
 * "skipped off-screen" is `content-visibility: auto` on the editor's top-level blocks (the app's
 * stylesheet); "laid out in full" turns it off, as before. Run: npx tsx bench/largeReport.ts
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { JobPort } from '@node/jobs/jobProtocol'
import { workerJobPort } from '@node/jobs/workerJobPort'
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
    // When the opened report is in the page's hands: before it, main's read and the harness's transfer.
    await app.page.evaluate(`(() => {
      const api = window.soantin
      const open = api.openDraft
      api.openDraft = async () => { const answer = await open(); window.__answeredAt = Date.now(); return answer }
    })()`)
    app.dialogs.openQueue.push(draftPath)
    const start = Date.now()
    await app.page.keyboard.press('Control+o')
    await app.page
      .waitForFunction(
        (figures) => {
          const view = document.querySelector('.st-main')?.getBoundingClientRect()
          const photos = [...document.querySelectorAll<HTMLImageElement>('.st-editor figure img')]
          const inView = photos.filter((img) => {
            const box = img.closest('figure')?.getBoundingClientRect()
            return !!view && !!box && box.bottom > view.top && box.top < view.bottom
          })
          return (
            document.title.includes('.soantin') &&
            photos.length === figures &&
            inView.every((img) => img.complete && img.naturalWidth > 0) &&
            document.querySelector('.st-editor')?.getAttribute('contenteditable') === 'true'
          )
        },
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
    const decoded = () =>
      app.page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLImageElement>('.st-editor figure img')].filter(
            (i) => i.naturalWidth > 0,
          ).length,
      )
    const shownAtOpen = await decoded()
    const answered = (await app.page.evaluate('window.__answeredAt')) as number
    const middle = app.page.locator('.st-editor > p').nth(1500)
    await middle.scrollIntoViewIfNeeded()
    await middle.click()
    await app.page.keyboard.press('End')
    const text = ' giao ban tuần để nghe và cho ý kiến về báo cáo tình hình kết quả thực hiện Nghị quyết'
    const times = await timeKeystrokes(app.page, text, KEYS)
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
    console.log(
      `${keyTimesLine(label, times, 34)}  open to editable ${seconds(opened)}` +
        ` (report in the page ${seconds(answered - start)}, then ${seconds(start + opened - answered)};` +
        ` photos decoded: ${shownAtOpen} at open, ${await decoded()} after typing in the middle)`,
    )
  } finally {
    await app.close()
  }
}

/** Median of five reads of `path` through `jobs`, each after a pause as an officer makes between files. */
async function medianRead(jobs: JobPort, path: string): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 6; i++) {
    await new Promise((ok) => setTimeout(ok, 500))
    const start = performance.now()
    const read = await jobs.run({ kind: 'readDraft', path })
    if (!read.ok) throw new Error(read.message)
    // The first run starts the standby worker the next ones take.
    if (i > 0) times.push(performance.now() - start)
  }
  return [...times].sort((a, b) => a - b)[2] ?? NaN
}

/**
 * Main's part of an open as the app runs it: the draft read and checked in a worker of the built
 * bundle (the harness runs the worker from source through tsx, slower to start), fresh for the job or
 * started ahead of it (the app's utility processes are, see `withStandby`).
 */
async function mainReadLine(path: string): Promise<string> {
  const built = resolve('out/main/jobWorker.js')
  if (!existsSync(built)) return 'main read in the built worker: not measured (run npx electron-vite build)'
  const entry = pathToFileURL(built)
  const fresh = await medianRead(workerJobPort({ entry }), path)
  const ahead = await medianRead(workerJobPort({ entry, standby: true }), path)
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  return `main read in the built worker (the app's part before the window): median ${s(fresh)} started for the job, ${s(ahead)} started ahead`
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
    console.log(await mainReadLine(path))
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
