import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanStaleTempFiles, isTempFileName } from '@node/atomicWrite'
import { parseReportBytes, serializeReport } from '@shared/model/parseReport'
import { largeReport, versionOf } from '../../helpers/largeReport'

const TRIALS = Number(process.env.SOANTIN_KILL_TRIALS ?? 100)
const PARALLEL = 2
const ROOT = resolve(__dirname, '../../..')
let childScript = ''

const expected = new Map<number, Buffer>()
function expectedBytes(version: number): Buffer {
  let bytes = expected.get(version)
  if (!bytes) {
    bytes = Buffer.from(serializeReport(largeReport(version)), 'utf8')
    expected.set(version, bytes)
  }
  return bytes
}

interface Trial {
  version: number
  tempLeft: boolean
  savesStarted: number
}

/** When to kill: `delayMs` after the child prints `<phase> <save>` (save 1 replaces the old file). */
interface KillPlan {
  phase: 'saving' | 'writing'
  save: number
  delayMs: number
}

/** A mix of kills anywhere in a save (mostly while serialising) and kills aimed at the write phase. */
function randomPlan(): KillPlan {
  if (Math.random() < 0.35) return { phase: 'saving', save: 1, delayMs: Math.random() * 80 }
  return { phase: 'writing', save: 1 + Math.floor(Math.random() * 2), delayMs: Math.random() * 12 }
}

/** One trial: a child saves the large report in a loop through the real save code; SIGKILL per plan. */
function runTrial(dir: string, plan: KillPlan): Promise<Trial> {
  const target = join(dir, 'Báo cáo lớn.soantin')
  writeFileSync(target, expectedBytes(0))
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childScript, target], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (!timer && out.includes(`${plan.phase} ${plan.save}\n`)) {
        timer = setTimeout(() => child.kill('SIGKILL'), plan.delayMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', fail)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') return fail(new Error(`child ended without being killed: ${err}`))
      const names = readdirSync(dir)
      const bytes = readFileSync(target)
      // Byte for byte one of the versions; only a failure is parsed, to say how the file is broken.
      const version = [0, 1, 2].find((v) => bytes.equals(expectedBytes(v)))
      if (version === undefined) {
        const parsed = parseReportBytes(bytes)
        const what = parsed.ok ? `a valid report, version ${versionOf(parsed.report)}` : parsed.message
        return fail(new Error(`after kill ${JSON.stringify(plan)} the file is neither old nor new: ${what}`))
      }
      done({
        version,
        tempLeft: names.some(isTempFileName),
        savesStarted: out.split('\n').filter((l) => l.startsWith('saving')).length,
      })
    })
  })
}

describe('SIGKILL during save', () => {
  const dirs: string[] = []
  beforeAll(async () => {
    // Bundled once, so each of the many children starts in a fraction of the time tsx needs.
    const out = mkdtempSync(join(tmpdir(), 'soantin-'))
    dirs.push(out)
    childScript = join(out, 'killSaveChild.mjs')
    await build({
      entryPoints: [join(ROOT, 'tests/helpers/killSaveChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: childScript,
      logLevel: 'error',
    })
  })
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  it(`leaves the file exactly old or new in ${TRIALS} killed saves, and the next start removes every temp file`, async () => {
    ;[0, 1, 2].forEach(expectedBytes)
    const trials: Trial[] = []
    let next = 0
    const worker = async () => {
      while (next < TRIALS) {
        next++
        const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
        dirs.push(dir)
        const trial = await runTrial(dir, randomPlan())
        await cleanStaleTempFiles(dir)
        expect(readdirSync(dir)).toEqual(['Báo cáo lớn.soantin'])
        trials.push(trial)
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker))

    const stillOld = trials.filter((t) => t.version === 0).length
    const withTemp = trials.filter((t) => t.tempLeft).length
    console.log(
      `kill test: ${trials.length} trials, ${stillOld} ended with the old file, ${trials.length - stillOld} with a new one, ` +
        `${withTemp} killed mid-write (temp file left, then cleaned)`,
    )
    expect(trials).toHaveLength(TRIALS)
    // The kills must really land inside saves, or the test proves nothing.
    expect(withTemp).toBeGreaterThan(TRIALS / 10)
    expect(stillOld).toBeGreaterThan(0)
    expect(trials.length - stillOld).toBeGreaterThan(0)
  }, 240_000)
})
