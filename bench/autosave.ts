/**
 * What an autosave costs, and whether it makes typing stutter. On the reference report (about 20,000
 * words, 10 photos, 2 tables, 3 lists):
 *  1. in Node: turning the body into JSON (what the editor's getJSON does), serialising the backup,
 *     main's validation of the IPC payload, and the atomic backup write with fsync;
 *  2. in real Chromium through the e2e harness: the officer types in bursts with 1.2 s pauses, so a
 *     backup is taken in every pause and typing resumes while it is under way. Prints the latency of
 *     the keys typed right after each backup started against all other keys, the renderer's long tasks
 *     (> 50 ms) and how many backups were written.
 * Run: npx tsx bench/autosave.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Node as PmNode } from '@tiptap/pm/model'
import { RecoveryStore } from '@node/recoveryStore'
import { bodySchema } from '@shared/body/bodyExtensions'
import { reportSchema } from '@shared/model/report'
import { serializeReport } from '@shared/model/parseReport'
import { buildRenderer } from '../tests/e2e/harness/buildRenderer'
import { launchApp } from '../tests/e2e/harness/launchApp'
import { referenceReport } from '../tests/fixtures/referenceReport'
import { openDraft } from './lib/openDraft'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN
const f = (x: number) => `${x.toFixed(1)} ms`

async function timeIt(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return median(times)
}

class CountingStore extends RecoveryStore {
  writes = 0
  override write(...args: Parameters<RecoveryStore['write']>) {
    this.writes++
    return super.write(...args)
  }
}

async function nodeCosts(dir: string): Promise<void> {
  const report = referenceReport()
  const bytes = Buffer.byteLength(serializeReport(report))
  const schema = bodySchema()
  const doc = PmNode.fromJSON(schema, report.body)
  const store = new RecoveryStore(join(dir, 'recovery-node'))
  console.log(`reference report: ${(bytes / 1024 / 1024).toFixed(2)} MB as a draft`)
  console.log(`  body → JSON (getJSON)         median ${f(await timeIt(20, () => doc.toJSON()))}`)
  console.log(
    `  main validates the payload    median ${f(await timeIt(20, () => reportSchema.parse(report)))}`,
  )
  console.log(
    `  backup written (atomic+fsync) median ${f(await timeIt(20, () => store.write('bench-node-1', report, null)))}`,
  )
}

async function typingWithBackups(dir: string): Promise<void> {
  const rendererDir = join(dir, 'renderer')
  buildRenderer(rendererDir)
  const draft = join(dir, 'reference.soantin')
  writeFileSync(draft, serializeReport(referenceReport()))
  const userData = join(dir, 'userData')
  const store = new CountingStore(join(userData, 'recovery'))
  const app = await launchApp({
    rendererDir,
    userDataDir: userData,
    deps: { userDataDir: userData, recovery: store },
  })
  try {
    await openDraft(app, draft)
    await app.page.locator('.st-editor p').nth(3).click()
    await app.page.keyboard.press('End')
    await app.page.evaluate(() => {
      const g = globalThis as unknown as {
        __keys: Array<[number, number]>
        __long: number[]
        __backups: number[]
        __sendMs: number[]
      }
      g.__sendMs = []
      g.__keys = []
      g.__long = []
      g.__backups = []
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => g.__long.push(e.startTime, e.duration)),
      ).observe({
        type: 'longtask',
        buffered: false,
      })
      const api = (globalThis as unknown as { soantin: Record<string, (r: unknown) => Promise<unknown>> })
        .soantin
      const backup = api.backupDraft!
      api.backupDraft = (request: unknown) => {
        const start = performance.now()
        const pending = backup(request)
        g.__backups.push(start)
        g.__sendMs.push(performance.now() - start)
        return pending
      }
      // From the moment the browser created the key event (so time spent queued behind a busy main
      // thread counts) to the frame after the key is painted.
      window.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp
          requestAnimationFrame(() => setTimeout(() => g.__keys.push([start, performance.now() - start]), 0))
        },
        true,
      )
    })
    const text = ' giao ban tuần để nghe và cho ý kiến về báo cáo tình hình kết quả thực hiện Nghị quyết'
    for (let burst = 0; burst < 8; burst++) {
      for (let i = 0; i < 25; i++)
        await app.page.keyboard.type(text[(burst * 25 + i) % text.length]!, { delay: 25 })
      // The backup fires 1 s into this pause; typing resumes 0.2 s later, while it may still run.
      await app.page.waitForTimeout(1200)
    }
    await app.page.waitForTimeout(1500)
    const { keys, long, backups, sendMs } = await app.page.evaluate(() => {
      const g = globalThis as unknown as {
        __keys: Array<[number, number]>
        __long: number[]
        __backups: number[]
        __sendMs: number[]
      }
      return { keys: g.__keys, long: g.__long, backups: g.__backups, sendMs: g.__sendMs }
    })
    const nearBackup = keys
      .filter(([at]) => backups.some((b) => at >= b - 50 && at <= b + 800))
      .map(([, d]) => d)
    const others = keys
      .filter(([at]) => !backups.some((b) => at >= b - 50 && at <= b + 800))
      .map(([, d]) => d)
    console.log(`typing in Chromium (reference report, ${keys.length} keys in 8 bursts, 1.2 s pauses):`)
    console.log(`  backups written: ${store.writes} (keystrokes: ${keys.length})`)
    console.log(
      `  main-thread time to hand one backup to the harness's IPC: median ${f(median(sendMs))}, max ${f(Math.max(...sendMs))}`,
    )
    console.log(
      `  keys within 0.8 s after a backup started: ${nearBackup.length}  median ${f(median(nearBackup))}  p95 ${f(pct(nearBackup, 95))}  max ${f(Math.max(...nearBackup))}`,
    )
    console.log(
      `  all other keys:                          ${others.length}  median ${f(median(others))}  p95 ${f(pct(others, 95))}  max ${f(Math.max(...others))}`,
    )
    const tasks = long.flatMap((start, i) => (i % 2 === 0 ? [{ start, duration: long[i + 1] ?? 0 }] : []))
    const inBackup = tasks.filter((t) => backups.some((b) => t.start >= b - 5 && t.start <= b + 800))
    const longest = (xs: typeof tasks) =>
      xs.length ? `, longest ${f(Math.max(...xs.map((t) => t.duration)))}` : ''
    console.log(
      `  renderer long tasks (> 50 ms) starting within 0.8 s of a backup: ${inBackup.length}${longest(inBackup)}`,
    )
    console.log(
      `  renderer long tasks (> 50 ms) at other times: ${tasks.length - inBackup.length}${longest(tasks.filter((t) => !inBackup.includes(t)))}`,
    )
  } finally {
    await app.close()
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-bench-autosave-'))
  try {
    await nodeCosts(dir)
    await typingWithBackups(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
