/**
 * Cost of one keystroke in the editor, in real Chromium, for a small report and for the reference report
 * (about 20,000 words, 10 photos, 2 tables, 3 lists). Each key's time runs from its keydown to the frame
 * after it is painted. Run: npx tsx bench/keystroke.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serializeReport } from '../src/shared/model/parseReport'
import { createEmptyReport } from '../src/shared/model/report'
import { buildRenderer } from '../tests/e2e/harness/buildRenderer'
import { launchApp } from '../tests/e2e/harness/launchApp'
import { referenceReport } from '../tests/fixtures/referenceReport'

const KEYS = 150

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

async function measure(rendererDir: string, draftPath: string, label: string): Promise<void> {
  const app = await launchApp({ rendererDir })
  try {
    app.dialogs.openQueue.push(draftPath)
    await app.page.keyboard.press('Control+o')
    await app.page.waitForFunction(() => document.title.includes('.soantin'))
    const paragraph = app.page.locator('.st-editor p').nth(3)
    await paragraph.click()
    await app.page.keyboard.press('End')
    await app.page.evaluate(() => {
      const g = globalThis as unknown as { __keyTimes: number[] }
      g.__keyTimes = []
      window.addEventListener(
        'keydown',
        () => {
          const start = performance.now()
          requestAnimationFrame(() => setTimeout(() => g.__keyTimes.push(performance.now() - start), 0))
        },
        true,
      )
    })
    const text = ' giao ban tuần để nghe và cho ý kiến về báo cáo tình hình kết quả thực hiện Nghị quyết'
    for (let i = 0; i < KEYS; i++) await app.page.keyboard.type(text[i % text.length]!, { delay: 25 })
    await app.page.waitForTimeout(300)
    const times = await app.page.evaluate(
      () => (globalThis as unknown as { __keyTimes: number[] }).__keyTimes,
    )
    const sorted = [...times].sort((a, b) => a - b)
    console.log(
      `${label.padEnd(28)} keys ${String(sorted.length).padStart(4)}  median ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted.at(-1)?.toFixed(1)} ms`,
    )
  } finally {
    await app.close()
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-bench-keys-'))
  try {
    const rendererDir = join(dir, 'renderer')
    buildRenderer(rendererDir)
    const small = createEmptyReport({ id: 'small', now: new Date() })
    small.body = {
      type: 'doc',
      content: Array.from({ length: 6 }, () => ({
        type: 'paragraph',
        content: [{ type: 'text', text: 'Đoạn văn ngắn.' }],
      })),
    }
    const smallPath = join(dir, 'small.soantin')
    writeFileSync(smallPath, serializeReport(small))
    const bigPath = join(dir, 'reference.soantin')
    writeFileSync(bigPath, serializeReport(referenceReport()))
    await measure(rendererDir, smallPath, 'small report (6 paragraphs)')
    await measure(rendererDir, bigPath, 'reference report (20k words)')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
