/**
 * What the pre-publication check costs: the whole check of the reference report (about 20,000 words,
 * 10 photos, 2 tables) and of one ten times its size, in Node as the renderer's script runs it, split
 * into reading the body's text blocks and running the rules. The app runs it once typing pauses.
 * Run: npx tsx bench/check.ts
 */
import { bodyCheckBlocks } from '@shared/check/bodyCheckBlocks'
import { checkContext } from '@shared/check/checkReport'
import { runCheck } from '@shared/check/runCheck'
import { defaultSettings } from '@shared/settings/settings'
import { referenceReport } from '../tests/fixtures/referenceReport'
import { median, repeatTimes, worst } from './lib/repeatTimes'

const RUNS = 15
const timed = (work: () => unknown) => repeatTimes(work, RUNS)

const context = checkContext({ settings: defaultSettings(), template: null, directory: [] })
for (const scale of [1, 10]) {
  const report = referenceReport({ scale })
  const blocks = bodyCheckBlocks(report.body, report.assets)
  const words = blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0)
  const read = timed(() => bodyCheckBlocks(report.body, report.assets))
  const rules = timed(() => runCheck({ ...context, fields: report.fields, blocks }))
  const whole = timed(() =>
    runCheck({ ...context, fields: report.fields, blocks: bodyCheckBlocks(report.body, report.assets) }),
  )
  const findings = runCheck({ ...context, fields: report.fields, blocks }).length
  console.log(
    `reference ×${scale} (${words.toLocaleString('en')} words, ${blocks.length} blocks, ${findings} findings): ` +
      `blocks ${median(read).toFixed(1)} ms, rules ${median(rules).toFixed(1)} ms, ` +
      `whole check median ${median(whole).toFixed(1)} ms, worst of ${RUNS} ${worst(whole).toFixed(1)} ms`,
  )
}
