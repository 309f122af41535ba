/**
 * CLI start-up and the seed export, as an officer runs them: `soantin --version` and exporting
 * examples/giao-ban-thuong-truc-tinh-uy.soantin to DOCX and HTML (targets on a quiet machine: under 300 ms
 * and 1.5 s), each with the prebuilt bundle (bin/soantin.mjs) and through tsx as before it (the fallback),
 * beside `node -e 0` (Node's own start-up) and pandoc turning the seed text into DOCX, when pandoc is there.
 * Median wall time over N child processes. Run: npx tsx bench/cli.ts [--runs N]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = join(__dirname, '..')
const at = process.argv.indexOf('--runs')
const RUNS = at > 0 ? Number(process.argv[at + 1]) : 9
const BIN = join(ROOT, 'bin/soantin.mjs')
const SEED = join(ROOT, 'examples/giao-ban-thuong-truc-tinh-uy.soantin')
const SEED_TEXT = join(ROOT, 'tests/fixtures/seed/giao-ban-thuong-truc-tinh-uy.txt')
const out = mkdtempSync(join(tmpdir(), 'soantin-bench-cli-'))

/** The CLI through tsx, as bin/soantin.mjs runs it without a prebuilt bundle. */
const TSX = `const { tsImport } = await import('tsx/esm/api')
const { main } = await tsImport('./src/cli/main.ts', ${JSON.stringify(pathToFileURL(join(ROOT, '/')).href)})
process.exitCode = await main(process.argv.slice(1))`
const viaTsx = (args: string[]) => ['--input-type=module', '-e', TSX, '--', ...args]
const exportArgs = (name: string) => [
  'export',
  SEED,
  '--docx',
  join(out, `${name}.docx`),
  '--html',
  join(out, `${name}.html`),
]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { ms: number; stderr: string } {
  const start = performance.now()
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8' })
  const ms = performance.now() - start
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`)
  return { ms, stderr: result.stderr }
}

function measure(command: string, args: string[]): number {
  run(command, args) // warm the file cache
  return median(Array.from({ length: RUNS }, () => run(command, args).ms))
}

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0
// Which path bin/soantin.mjs takes here: a bundle older than a source runs tsx, and the figures would say so.
const path = run(process.execPath, [BIN, '--version'], {
  ...process.env,
  SOANTIN_CLI_DEBUG: '1',
}).stderr.trim()

console.log(
  `CLI start-up, median of ${RUNS} runs (Node ${process.version}, ${process.platform} ${process.arch}, load average ${loadavg()[0]?.toFixed(1)})`,
)
console.log(`bin/soantin.mjs runs: ${path.replace(/^soantin: /, '')}\n`)

const rows: [string, number | undefined, string?][] = []
const base = measure(process.execPath, ['-e', '0'])
rows.push(['node -e 0', base])
rows.push(['soantin --version', measure(process.execPath, [BIN, '--version']), 'target < 300 ms'])
rows.push(['soantin --help', measure(process.execPath, [BIN, '--help'])])
rows.push([
  'soantin export seed → DOCX + HTML',
  measure(process.execPath, [BIN, ...exportArgs('bundle')]),
  'target < 1.5 s',
])
rows.push(['tsx: soantin --version (fallback)', measure(process.execPath, viaTsx(['--version']))])
rows.push(['tsx: export seed → DOCX + HTML', measure(process.execPath, viaTsx(exportArgs('tsx')))])
if (hasPandoc)
  rows.push(['pandoc seed text → DOCX', measure('pandoc', [SEED_TEXT, '-o', join(out, 'pandoc.docx')])])

const width = Math.max(...rows.map(([label]) => label.length)) + 2
for (const [label, ms, note] of rows) {
  const ratio = ms === undefined ? '' : `${(ms / base).toFixed(1)}× node -e 0`
  console.log(
    `${label.padEnd(width)}${`${ms?.toFixed(0)} ms`.padStart(9)}   ${ratio.padEnd(16)}${note ? `  ${note}` : ''}`.trimEnd(),
  )
}
if (!hasPandoc) console.log('pandoc is not installed: no pandoc comparison (apt-get install pandoc adds it).')
rmSync(out, { recursive: true, force: true })
