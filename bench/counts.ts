/**
 * What the status bar's counts cost once the officer pauses, on the reference report (about 20,000
 * words, 10 photos) and at ten times it: words and characters of the visible report (fields resolved),
 * and the print page count — the export to a page (photos as files, swapped for same-size
 * placeholders; beside it the older way, every photo embedded first), and the layout of that page in
 * Chromium's columns. None of it runs on a keystroke; the page count waits
 * longer after a slow build (usePrintPageCount). Run: npx tsx bench/counts.ts
 */
import { chromium } from 'playwright-core'
import { exportHtml } from '@shared/export/html/exportHtml'
import type { Report } from '@shared/model/report'
import { reportCounts } from '@shared/plainText/reportCounts'
import { layoutOnlyPage, pageToCount } from '@renderer/preview/layoutOnlyPage'
import { printPreviewDocument } from '@renderer/preview/printPreviewDocument'
import { referenceReport } from '../tests/fixtures/referenceReport'

const RUNS = 9
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const fmt = (x: number) => `${x.toFixed(1)} ms`.padStart(10)

function timed<T>(work: () => T): [number, T] {
  const times: number[] = []
  let out = work()
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    out = work()
    times.push(performance.now() - start)
  }
  return [median(times), out]
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    for (const [label, report] of [
      ['reference report', referenceReport()],
      ['reference report ×10', referenceReport({ scale: 10 })],
    ] as Array<[string, Report]>) {
      const [countMs, counts] = timed(() => reportCounts(report))
      // Before: the page with every photo embedded, then swapped out; now: photos as files (pageToCount).
      const [exportMs, full] = timed(() => exportHtml(report, { form: 'page' }).html)
      const [swapMs] = timed(() => printPreviewDocument(layoutOnlyPage(full), undefined, 1))
      const [buildMs, doc] = timed(() => pageToCount(report, undefined))
      // The page's layout in the browser: load the document in a frame and read its columns.
      const layout: number[] = []
      let pages = 0
      for (let i = 0; i < 5; i++) {
        const result = await page.evaluate(async (srcdoc) => {
          const frame = document.createElement('iframe')
          frame.setAttribute('sandbox', 'allow-same-origin')
          frame.style.cssText = 'position:fixed;left:-10000px;width:1000px;height:1400px'
          document.body.append(frame)
          const start = performance.now()
          await new Promise<void>((resolve) => {
            frame.onload = () => resolve()
            frame.srcdoc = srcdoc
          })
          const d = frame.contentDocument
          const el = d?.querySelector('.st-report')
          const gap = el && d?.defaultView ? parseFloat(d.defaultView.getComputedStyle(el).columnGap) : 0
          const n = el ? Math.round((el.scrollWidth + gap) / (el.clientWidth + gap)) : 0
          const ms = performance.now() - start
          frame.remove()
          return { ms, n }
        }, doc)
        layout.push(result.ms)
        pages = result.n
      }
      console.log(
        `${label.padEnd(22)} words+characters ${fmt(countMs)}  page to count ${fmt(buildMs)} ` +
          `(photos embedded then swapped: ${fmt(exportMs + swapMs)})  layout ${fmt(median(layout))}  ` +
          `(${counts.words} words, ${counts.characters} characters, ${pages} pages; ` +
          `page ${(full.length / 1024).toFixed(0)} KB → ${(doc.length / 1024).toFixed(0)} KB laid out)`,
      )
    }
  } finally {
    await browser.close()
  }
}

void main()
