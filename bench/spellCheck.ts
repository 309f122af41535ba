/**
 * Spell check on the reference report (about 20,000 words) in real Chromium, the checker in its Web
 * Worker: the first full pass when the report opens (the worker's own time, and from sending to the
 * answer, dictionary load included), the incremental checks while typing (how many paragraphs each
 * sends and the worker's time for them), and keydown → painted frame with the checker on and off.
 * Run: npx tsx bench/spellCheck.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { Node as PmNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { bodySchema } from '@shared/body/bodyExtensions'
import { serializeReport } from '@shared/model/parseReport'
import { defaultSettings } from '@shared/settings/settings'
import { buildRenderer } from '../tests/e2e/harness/buildRenderer'
import { launchApp } from '../tests/e2e/harness/launchApp'
import { referenceReport } from '../tests/fixtures/referenceReport'
import { keyTimesLine, timeKeystrokes } from './lib/keyTimer'
import { openDraft } from './lib/openDraft'
import { spellPlugin } from '../src/renderer/src/spell/spellExtension'

const KEYS = 150
/** As in bench/keystroke.ts: without the frame-rate limit and vsync, the figure is the work itself. */
const UNPACED = ['--disable-frame-rate-limit', '--disable-gpu-vsync']
const TEXT = ' giao ban tuần để nghe và cho ý kiến về báo cáo tình hình kết quả thực hiện Nghị quyết huyệnn'

interface Checked {
  items: number
  ms: number
  waitMs: number
}

/** Collects the window's `st-spell-checked` events (spellService.ts) from now on. */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as { __checks: Checked[] }
    g.__checks = []
    window.addEventListener('st-spell-checked', (e) => g.__checks.push((e as CustomEvent<Checked>).detail))
  })
}

const checks = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __checks: Checked[] }).__checks)
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)

async function measure(rendererDir: string, draftPath: string, on: boolean, paced: boolean): Promise<void> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'soantin-bench-spell-ud-'))
  writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ ...defaultSettings(), spellCheck: on }))
  const app = await launchApp({ rendererDir, userDataDir, extraChromiumArgs: paced ? [] : UNPACED })
  try {
    await listen(app.page)
    await openDraft(app, draftPath)
    if (on) {
      await app.page.waitForFunction(() =>
        (globalThis as unknown as { __checks: Checked[] }).__checks.some((c) => c.items > 100),
      )
      const first = (await checks(app.page)).find((c) => c.items > 100)!
      // The underlines are drawn on the next transaction after the answer.
      await app.page.waitForTimeout(100)
      const misses = await app.page.locator('.st-editor .st-spell-miss').count()
      console.log(
        `first full pass: ${first.items} text blocks, worker ${first.ms.toFixed(1)} ms, sent → answered ${first.waitMs.toFixed(1)} ms (${misses} words underlined)`,
      )
      await listen(app.page)
    }
    const paragraph = app.page.locator('.st-editor p').nth(3)
    await paragraph.click()
    await app.page.keyboard.press('End')
    const times = await timeKeystrokes(app.page, TEXT, KEYS)
    console.log(
      keyTimesLine(`${paced ? 'paced  ' : 'unpaced'} keystrokes, checker ${on ? 'on ' : 'off'}`, times, 32),
    )
    if (on) {
      // The last pause's check lands after typing stops.
      await app.page.waitForTimeout(400)
      const typed = await checks(app.page)
      console.log(
        `incremental: ${typed.length} checks for ${KEYS} keys (debounced), mean ${mean(typed.map((c) => c.items)).toFixed(1)} blocks each, worker mean ${mean(typed.map((c) => c.ms)).toFixed(2)} ms, max ${Math.max(...typed.map((c) => c.ms)).toFixed(2)} ms; sent → answered mean ${mean(typed.map((c) => c.waitMs)).toFixed(1)} ms`,
      )
    }
  } finally {
    await app.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

/**
 * The main thread's share of a keystroke, in Node: the plugin maps its underlines and notes the
 * paragraph typed in (sending it waits for a pause). Reference report, with and without the plugin.
 */
function pluginCostPerKey(): void {
  const body = PmNode.fromJSON(bodySchema(), referenceReport().body)
  const idle = {
    enabled: true,
    subscribe: () => () => undefined,
    check: () => new Promise<never>(() => undefined),
  }
  for (const withPlugin of [true, false]) {
    let state = EditorState.create({ doc: body, plugins: withPlugin ? [spellPlugin(idle)] : [] })
    const at = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 2
    const times: number[] = []
    for (let i = 0; i < 400; i++) {
      const tr = state.tr.insertText('a', at + i)
      const t0 = performance.now()
      state = state.apply(tr)
      times.push(performance.now() - t0)
    }
    const last = times.slice(100)
    console.log(
      `state update per key ${withPlugin ? 'with' : 'without'} the spell plugin: mean ${mean(last).toFixed(3)} ms`,
    )
  }
}

async function main() {
  pluginCostPerKey()
  const dir = mkdtempSync(join(tmpdir(), 'soantin-bench-spell-'))
  try {
    const rendererDir = join(dir, 'renderer')
    buildRenderer(rendererDir)
    const bigPath = join(dir, 'reference.soantin')
    writeFileSync(bigPath, serializeReport(referenceReport()))
    for (const paced of [true, false]) {
      await measure(rendererDir, bigPath, true, paced)
      await measure(rendererDir, bigPath, false, paced)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
