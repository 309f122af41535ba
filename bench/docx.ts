/**
 * DOCX export speed and memory on the reference report (about 20,000 Vietnamese words, 10 photos of
 * ~100 KB, 2 tables 10×5, 3 lists) and on ten times its content, side by side with building the same
 * content straight with `docx`, with pandoc and with LibreOffice headless on the equivalent HTML.
 * Run: npx tsx bench/docx.ts   (pandoc: `apt-get install pandoc`; it is skipped when missing)
 *      npx tsx bench/docx.ts --quick   (side by side and 10× only)
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomic } from '@node/atomicWrite'
import { readDraftFile } from '@node/draftFiles'
import { writeDocxExport } from '@node/docxExportFile'
import { buildDocxDocument } from '@shared/export/docx/buildDocxDocument'
import { packDocx } from '@shared/export/docx/packDocx'
import { exportHtml } from '@shared/export/html/exportHtml'
import { serializeReport } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { countWords } from '@shared/text/wordCount'
import { reportParagraphs } from '@shared/plainText/reportText'
import { referenceReport } from '../tests/fixtures/referenceReport'
import { directDocx } from './docxDirect'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const ms = (x: number) => `${x.toFixed(0)} ms`

async function loadDraft(path: string): Promise<Report> {
  const read = await readDraftFile(path)
  if (!read.ok) throw new Error(read.message)
  return read.report
}

/** Draft file → DOCX on disk, the path the CLI and the app take (atomic write with fsync included). */
async function ours(draft: string, out: string): Promise<number> {
  const t = performance.now()
  await writeDocxExport({ report: await loadDraft(draft), docxPath: out })
  return performance.now() - t
}

async function direct(report: Report, out: string): Promise<number> {
  const t = performance.now()
  writeFileSync(out, await directDocx(report))
  return performance.now() - t
}

/** Run in a fresh process so its peak resident memory is the export's alone (plus Node and tsx). */
async function child(draft: string, out: string): Promise<void> {
  const before = process.memoryUsage().rss
  const elapsed = await ours(draft, out)
  const peak = process.resourceUsage().maxRSS * 1024
  process.stdout.write(JSON.stringify({ elapsed, peakMb: peak / 2 ** 20, baseMb: before / 2 ** 20 }))
}

function peakMemory(draft: string, out: string): { elapsed: number; peakMb: number; baseMb: number } {
  const tsx = require.resolve('tsx/cli')
  const result = spawnSync(process.execPath, [tsx, __filename, '--child', draft, out], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as { elapsed: number; peakMb: number; baseMb: number }
}

/** Medians of each step of `ours`, timed one by one. */
async function breakdown(draft: string, out: string, runs: number): Promise<string> {
  const steps = {
    'read+parse draft': [] as number[],
    build: [] as number[],
    pack: [] as number[],
    'atomic write': [] as number[],
  }
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    const report = await loadDraft(draft)
    steps['read+parse draft'].push(performance.now() - t)
    t = performance.now()
    const built = buildDocxDocument(report)
    steps.build.push(performance.now() - t)
    t = performance.now()
    const bytes = await packDocx(built)
    steps.pack.push(performance.now() - t)
    t = performance.now()
    await writeFileAtomic(out, bytes)
    steps['atomic write'].push(performance.now() - t)
  }
  return Object.entries(steps)
    .map(([step, times]) => `${step} ${ms(median(times))}`)
    .join(', ')
}

function timeCommand(command: string, args: string[]): number {
  const t = performance.now()
  execFileSync(command, args, { stdio: 'pipe', timeout: 600_000 })
  return performance.now() - t
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3] ?? '', process.argv[4] ?? '')
  const dir = mkdtempSync(join(tmpdir(), 'soantin-bench-docx-'))
  try {
    const report = referenceReport({ scale: 1 })
    const big = referenceReport({ scale: 10 })
    const draft = join(dir, 'reference.soantin')
    const bigDraft = join(dir, 'reference-10x.soantin')
    writeFileSync(draft, serializeReport(report))
    writeFileSync(bigDraft, serializeReport(big))
    const words = countWords(reportParagraphs(report).join(' '))
    const photos = Object.values(report.assets)
    const photoKb = photos.reduce((a, p) => a + (p.data.length * 3) / 4, 0) / photos.length / 1024
    console.log(`Reference report: ${words} words, ${photos.length} photos (~${photoKb.toFixed(0)} KB each),`)
    console.log(
      `  draft ${(statSync(draft).size / 2 ** 20).toFixed(1)} MB; 10×: ${(statSync(bigDraft).size / 2 ** 20).toFixed(1)} MB`,
    )
    console.log(
      `Node ${process.version}, ${process.platform}/${process.arch}, load average ${loadavg()[0]?.toFixed(1)}\n`,
    )

    const oursOut = join(dir, 'ours.docx')
    const directOut = join(dir, 'direct.docx')
    for (let i = 0; i < 3; i++) {
      await ours(draft, oursOut)
      await direct(report, directOut)
    }
    const a: number[] = []
    const b: number[] = []
    for (let i = 0; i < 15; i++) {
      a.push(await ours(draft, oursOut))
      b.push(await direct(report, directOut))
    }
    const parts = await breakdown(draft, join(dir, 'parts.docx'), 9)
    console.log('Side by side, 15 interleaved runs each (median):')
    console.log(
      `  Soạn Tin, draft file → DOCX on disk (atomic, fsync): ${ms(median(a))}  [${(statSync(oursOut).size / 1024).toFixed(0)} KB]`,
    )
    console.log(`    of which (separate runs): ${parts}`)
    console.log(
      `  docx directly, report in memory → DOCX (writeFileSync): ${ms(median(b))}  [${(statSync(directOut).size / 1024).toFixed(0)} KB]`,
    )
    console.log(`  ratio Soạn Tin / direct: ${(median(a) / median(b)).toFixed(2)}×\n`)

    const bigRuns: number[] = []
    const bigCpu: number[] = []
    for (let i = 0; i < 5; i++) {
      const cpu = process.cpuUsage()
      bigRuns.push(await ours(bigDraft, join(dir, 'ours-10x.docx')))
      const used = process.cpuUsage(cpu)
      bigCpu.push((used.user + used.system) / 1000)
    }
    console.log(
      `10× content, draft → DOCX on disk (median of 5): ${ms(median(bigRuns))} wall, ${ms(median(bigCpu))} CPU`,
    )
    console.log(
      `    of which (separate runs): ${await breakdown(bigDraft, join(dir, 'parts-10x.docx'), 3)}\n`,
    )

    if (process.argv.includes('--quick')) return
    const m1 = peakMemory(draft, join(dir, 'child.docx'))
    const m10 = peakMemory(bigDraft, join(dir, 'child-10x.docx'))
    console.log('Peak resident memory, fresh process (Node + tsx + export):')
    console.log(
      `  reference: ${m1.peakMb.toFixed(0)} MB (after imports ${m1.baseMb.toFixed(0)} MB), cold run ${ms(m1.elapsed)}`,
    )
    console.log(
      `  10×:       ${m10.peakMb.toFixed(0)} MB (after imports ${m10.baseMb.toFixed(0)} MB), cold run ${ms(m10.elapsed)}\n`,
    )

    const html = join(dir, 'reference.html')
    writeFileSync(html, exportHtml(report, { form: 'page' }).html)
    console.log('Other tools on the equivalent HTML (standalone page, photos embedded):')
    if (has('pandoc')) {
      const runs = [0, 1, 2].map(() => timeCommand('pandoc', [html, '-o', join(dir, 'pandoc.docx')]))
      console.log(`  pandoc HTML → DOCX (median of 3): ${ms(median(runs))}`)
    } else console.log('  pandoc: not installed (apt-get install pandoc), skipped')
    if (has('soffice')) {
      const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`
      const args = [
        profile,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'lo'),
        html,
      ]
      timeCommand('soffice', args) // creates the profile
      const runs = [0, 1, 2].map(() => timeCommand('soffice', args))
      console.log(`  LibreOffice headless HTML → DOCX (median of 3, warm profile): ${ms(median(runs))}`)
    } else console.log('  LibreOffice: not installed, skipped')
    console.log(
      `\nLoad average at the end: ${loadavg()[0]?.toFixed(1)} (other processes share this machine's cores)`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
