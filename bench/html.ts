/**
 * HTML export speed on the reference report (about 20,000 Vietnamese words, 10 photos of ~100 KB,
 * 2 tables 10×5, 3 lists): report → standalone page with embedded photos (the target: under
 * 100 ms), the CMS fragment, the page with photos as files, and the whole export written to disk;
 * then the same at ten times the content. Run: npx tsx bench/html.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultImagesDir, writeHtmlExport } from '@node/htmlExportFile'
import { pageCountBound } from '@renderer/preview/pageNumberLayers'
import { printPreviewDocument } from '@renderer/preview/printPreviewDocument'
import { exportHtml, type HtmlExportOptions } from '@shared/export/html/exportHtml'
import type { Report } from '@shared/model/report'
import { reportParagraphs } from '@shared/plainText/reportText'
import { countWords } from '@shared/text/wordCount'
import { referenceReport } from '../tests/fixtures/referenceReport'

const RUNS = 15

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const fmt = (x: number) => `${x.toFixed(1)} ms`

/** Wall time and this process's CPU time: on a shared machine the CPU time shows the work itself. */
function time<T>(work: () => T): [number, number, T] {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const out = work()
  const used = process.cpuUsage(cpu)
  return [performance.now() - start, (used.user + used.system) / 1000, out]
}

/** One export, with the result flattened into one string as any consumer (a file, a frame) needs it. */
function run(report: Report, options: HtmlExportOptions): string {
  const { html } = exportHtml(report, options)
  html.charCodeAt(html.length >> 1)
  return html
}

function measure(label: string, report: Report, options: HtmlExportOptions, runs = RUNS): number {
  const [first, , html] = time(() => run(report, options))
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const [w, c] = time(() => run(report, options))
    wall.push(w)
    cpu.push(c)
  }
  const kb = Buffer.byteLength(html) / 1024
  console.log(
    `${label.padEnd(42)} first ${fmt(first).padStart(9)}  median ${fmt(median(wall)).padStart(9)}  ` +
      `min ${fmt(Math.min(...wall)).padStart(8)}  cpu ${fmt(median(cpu)).padStart(8)}  ${kb.toFixed(0)} KB`,
  )
  return median(wall)
}

/** The print preview's extra work on each rebuild: page count bound, numbers, CSS, on top of the export. */
function measurePreview(report: Report): void {
  const html = exportHtml(report).html
  const times: number[] = []
  let doc = ''
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    doc = printPreviewDocument(html)
    times.push(performance.now() - start)
  }
  console.log(
    `${'print preview document from the page'.padEnd(42)} median ${fmt(median(times)).padStart(9)}  ` +
      `${pageCountBound(html)} page numbers bounded, ${((doc.length - html.length) / 1024).toFixed(0)} KB added`,
  )
}

async function toDisk(label: string, report: Report, separate: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-bench-'))
  try {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const htmlPath = join(dir, `bao-cao-${i}.html`)
      const start = performance.now()
      await writeHtmlExport({ report, htmlPath, imagesDir: separate ? defaultImagesDir(htmlPath) : null })
      times.push(performance.now() - start)
    }
    console.log(
      `${label.padEnd(44)} median ${fmt(median(times)).padStart(9)} (5 runs, atomic writes with fsync)`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  const report = referenceReport()
  const photos = Object.values(report.assets)
  const photoKb = photos.reduce((n, a) => n + (a.data.length * 3) / 4, 0) / 1024 / photos.length
  console.log(
    `Node ${process.version}, ${process.platform} ${process.arch}, load average ${loadavg()[0]?.toFixed(1)}`,
  )
  console.log(
    `Reference report: ${countWords(reportParagraphs(report).join(' '))} words, ${photos.length} photos ` +
      `(~${photoKb.toFixed(0)} KB each)\n`,
  )
  const page = measure('standalone page, photos embedded', report, { form: 'page' })
  measure('CMS fragment, photos embedded', report, { form: 'fragment' })
  measure('standalone page, photos as files', report, { images: { kind: 'files', folderUrl: 'anh' } })
  measurePreview(report)
  await toDisk('standalone page written to disk', report, false)
  await toDisk('page + 10 photo files written to disk', report, true)

  const big = referenceReport({ scale: 10 })
  console.log(
    `\n10× content: ${countWords(reportParagraphs(big).join(' '))} words, ${Object.keys(big.assets).length} photos`,
  )
  measure('standalone page, photos embedded (10×)', big, { form: 'page' }, 5)

  console.log(
    `\nTarget (issue 5): reference report → standalone HTML under 100 ms: ${page < 100 ? 'met' : 'NOT met'} (median ${fmt(page)})`,
  )
}

void main()
