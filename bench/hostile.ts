/**
 * The hostile drafts of the budgets issue, exported by the real CLI one at a time: wall time, peak RSS
 * (from /usr/bin/time), exit code, the first line of stderr and the size of what was written.
 * Run: npx tsx bench/hostile.ts [--bin path/to/bin/soantin.mjs] [--timeout 90] [--only name,name]
 * (--bin /tmp/before/bin/soantin.mjs measures an older checkout on the same drafts.)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serializeReport } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { referenceReport } from '../tests/fixtures/referenceReport'
import { manyNodesDraft, sharedPhotoDraft, wideRowDraft } from '../tests/fixtures/hostileDrafts'

const arg = (name: string) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const BIN = arg('--bin') ?? join(__dirname, '../bin/soantin.mjs')
const TIMEOUT = Number(arg('--timeout') ?? 90)
const ONLY = arg('--only')?.split(',')

interface Case {
  name: string
  draft: () => Report
  format: 'docx' | 'html'
}

const CASES: Case[] = [
  { name: 'wide-row-docx', draft: () => wideRowDraft(), format: 'docx' },
  { name: 'wide-row-html', draft: () => wideRowDraft(), format: 'html' },
  { name: 'photo-300-html', draft: () => sharedPhotoDraft(300), format: 'html' },
  { name: 'photo-1000-html', draft: () => sharedPhotoDraft(1000), format: 'html' },
  { name: 'photo-1000-docx', draft: () => sharedPhotoDraft(1000), format: 'docx' },
  { name: 'nodes-1.7m-docx', draft: () => manyNodesDraft(1_700_000), format: 'docx' },
  { name: 'nodes-1.7m-html', draft: () => manyNodesDraft(1_700_000), format: 'html' },
  { name: 'reference-x10-docx', draft: () => referenceReport({ scale: 10 }), format: 'docx' },
  { name: 'reference-x10-html', draft: () => referenceReport({ scale: 10 }), format: 'html' },
]

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

for (const c of CASES.filter((c) => !ONLY || ONLY.includes(c.name))) {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-hostile-'))
  const file = join(dir, `${c.name}.soantin`)
  writeFileSync(file, serializeReport(c.draft()))
  const out = join(dir, `out.${c.format}`)
  // time outside timeout: a killed export still reports its peak memory (timeout waits for it).
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'TIME %e s %M KB',
      'timeout',
      String(TIMEOUT),
      process.execPath,
      BIN,
      'export',
      file,
      `--${c.format}`,
      out,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, SOANTIN_CLI_DEBUG: '1' } },
  )
  const timeLine = /TIME ([\d.]+) s (\d+) KB/.exec(result.stderr)
  const stderr = result.stderr.split('\n').filter((l) => l && !/^(TIME|Command|soantin: )/.test(l))
  const path = /^soantin: (.*)$/m.exec(result.stderr)?.[1]?.slice(0, 14) ?? '?'
  const written = readdirSync(dir)
    .filter((f) => f !== `${c.name}.soantin`)
    .map((f) => `${f} ${mb(statSync(join(dir, f)).size)}`)
  const killed = result.status === 124
  console.log(
    [
      c.name.padEnd(20),
      `draft ${mb(statSync(file).size)}`,
      `${killed ? `killed at ${TIMEOUT} s` : `${timeLine?.[1]} s`}, ${mb(Number(timeLine?.[2]) * 1024)} peak RSS`,
      path,
      `exit ${result.status}`,
      written.length ? `wrote ${written.join(', ')}` : 'wrote nothing',
      (stderr[0] ?? '').slice(0, 200),
    ].join(' | '),
  )
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true })
}
