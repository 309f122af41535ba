/**
 * Cost of one keystroke in the editor, in real Chromium, for a small report and for the reference report
 * (about 20,000 words, 10 photos, 2 tables, 3 lists). Each key's time runs from its keydown to the frame
 * after it is painted; the reference report again with the find bar open on a word with hundreds
 * of hits (each key re-runs the search and redraws the highlights). Run: npx tsx bench/keystroke.ts
 *
 * Each case runs twice. Paced: Chromium's normal 60 Hz frames, what an officer sees; a key waits for the
 * next vsync, so even a free keystroke costs up to one frame (16.7 ms). Unpaced: with the frame-rate
 * limit and vsync off, a frame starts as soon as the key's work is done, so the figure is our work and
 * Chromium's (script, style, layout, paint) without the wait for the display.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serializeReport } from '@shared/model/parseReport'
import { createEmptyReport } from '@shared/model/report'
import { buildRenderer } from '../tests/e2e/harness/buildRenderer'
import { launchApp } from '../tests/e2e/harness/launchApp'
import { doc, p } from '../tests/fixtures/builders'
import { referenceReport } from '../tests/fixtures/referenceReport'
import { keyTimesLine, timeKeystrokes } from './lib/keyTimer'
import { openDraft } from './lib/openDraft'

const KEYS = 150

const UNPACED = ['--disable-frame-rate-limit', '--disable-gpu-vsync']

async function measure(rendererDir: string, draftPath: string, label: string, find?: string): Promise<void> {
  for (const paced of [true, false]) await measureOnce(rendererDir, draftPath, label, paced, find)
}

async function measureOnce(
  rendererDir: string,
  draftPath: string,
  label: string,
  paced: boolean,
  find?: string,
): Promise<void> {
  const app = await launchApp({ rendererDir, extraChromiumArgs: paced ? [] : UNPACED })
  label = `${paced ? 'paced  ' : 'unpaced'} ${label}`
  try {
    await openDraft(app, draftPath)
    if (find) {
      await app.page.keyboard.press('Control+f')
      await app.page.getByTestId('find-bar').waitFor()
      await app.page.keyboard.type(find)
      await app.page.waitForFunction(() =>
        /\/\d+$/.test(document.querySelector('[data-testid="find-count"]')?.textContent ?? ''),
      )
      const hits = await app.page.getByTestId('find-count').textContent()
      label = `${label}, find bar open on "${find}" (${hits?.split('/')[1]} hits)`
    }
    const paragraph = app.page.locator('.st-editor p').nth(3)
    await paragraph.click()
    await app.page.keyboard.press('End')
    const text = ' giao ban tuần để nghe và cho ý kiến về báo cáo tình hình kết quả thực hiện Nghị quyết'
    console.log(keyTimesLine(label, await timeKeystrokes(app.page, text, KEYS), 36))
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
    small.body = doc(...Array.from({ length: 6 }, () => p('Đoạn văn ngắn.')))
    const smallPath = join(dir, 'small.soantin')
    writeFileSync(smallPath, serializeReport(small))
    const bigPath = join(dir, 'reference.soantin')
    writeFileSync(bigPath, serializeReport(referenceReport()))
    await measure(rendererDir, smallPath, 'small report (6 paragraphs)')
    await measure(rendererDir, bigPath, 'reference report (20k words)')
    await measure(rendererDir, bigPath, 'reference report', 'và')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
