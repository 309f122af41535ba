#!/usr/bin/env node
// Runs Electronegativity on the sources and fails on any HIGH or MEDIUM finding. The tool itself exits 0
// whatever it finds, so this script reads its CSV report instead of its exit code.
//
// Usage: node scripts/electronegativity.mjs [--input <dir>] [--keep <report.csv>]
// Exit codes: 0 no HIGH/MEDIUM finding, 1 HIGH/MEDIUM findings or a file-wide eng-disable,
// 2 the tool failed or its report could not be read.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(ROOT, 'package.json'))
const HEADER = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url']
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
const FAILING = new Set(['HIGH', 'MEDIUM'])
const SCANNED_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.html', '.htm'])
// The same patterns Electronegativity uses to find `eng-disable` annotations (dist/util/exceptions.js).
const JS_DISABLE = /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)/i
const HTML_DISABLE = /<!--[ \t]*eng-disable[ \t]+([\w \t]+)-->/i
// The tool's optional downloads (translations, Electron release list) print these when offline.
const OFFLINE_MESSAGES = ['Could not retrieve updated translations', 'No connectivity?']
// Offline, each optional download is retried with back-off (about 11 s in all); a hang is a failure.
const TOOL_TIMEOUT_MS = 180_000

function parseArgs(argv) {
  const args = { input: join(ROOT, 'src'), keep: null }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--input') args.input = resolve(argv[++i] ?? '')
    else if (argv[i] === '--keep') args.keep = resolve(argv[++i] ?? '')
    else throw new Error(`Unknown argument: ${argv[i]}`)
  }
  return args
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Reads the tool's CSV strictly: a damaged report must fail the run, never pass as "no findings". */
function readFindings(text) {
  const rows = parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ''))
  const header = rows.shift()?.map((h) => h.trim())
  if (!header || header.join(',') !== HEADER.join(',')) {
    throw new Error(`unexpected report header: ${JSON.stringify(header)}`)
  }
  return rows.map((r, index) => {
    const [id, severity, confidence, file, location, sample, description] = r
    const valid = r.length === HEADER.length && /^[A-Z0-9_]+_CHECK$/.test(id) && SEVERITIES.includes(severity)
    if (!valid) throw new Error(`malformed report row ${index + 2}: ${JSON.stringify(r)}`)
    return { id, severity, confidence, file, location, sample, description }
  })
}

function listFiles(dir) {
  const out = []
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...listFiles(path))
    else if (SCANNED_EXTENSIONS.has(extname(name))) out.push(path)
  }
  return out
}

/** Every `eng-disable` annotation, so a silenced check is always listed, never invisible. */
function findInlineDisables(inputDir) {
  const found = []
  for (const path of listFiles(inputDir)) {
    const pattern = /\.html?$/.test(path) ? HTML_DISABLE : JS_DISABLE
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .forEach((line, index) => {
        const match = pattern.exec(line)
        if (!match) return
        const checks = match[1]
          .trim()
          .split(/[\s,]+/)
          .filter(Boolean)
        // On line 1 the tool applies the annotation to the whole file.
        found.push({ file: relative(inputDir, path), line: index + 1, checks, fileWide: index === 0 })
      })
  }
  return found
}

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
}

function runTool(inputDir, reportPath, version) {
  const toolPackage = require.resolve('@doyensec/electronegativity/package.json')
  const cli = join(dirname(toolPackage), 'dist/index.js')
  const toolVersion = JSON.parse(readFileSync(toolPackage, 'utf8')).version
  const result = spawnSync(
    process.execPath,
    [cli, '--input', inputDir, '--output', reportPath, '--relative', '--electron-version', version],
    {
      encoding: 'utf8',
      timeout: TOOL_TIMEOUT_MS,
      // The tool writes the CSV header and rows with two concurrent fs.writeFile calls (util/file.js);
      // with more than one libuv worker they can land out of order and garble the first row. One worker
      // runs them in the order issued.
      env: { ...process.env, UV_THREADPOOL_SIZE: '1', FORCE_COLOR: '0' },
    },
  )
  return { ...result, toolVersion }
}

function pad(text, width) {
  return String(text).padEnd(width)
}

function main() {
  const args = parseArgs(process.argv.slice(2))
  const version = electronVersion()
  const scratch = mkdtempSync(join(tmpdir(), 'soantin-electronegativity-'))
  const reportPath = join(scratch, 'electronegativity.csv')
  try {
    const started = Date.now()
    const run = runTool(args.input, reportPath, version)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`
    if (run.error || run.status !== 0) {
      console.error(output.trim())
      console.error(`Electronegativity failed: ${run.error?.message ?? `exit code ${run.status}`}`)
      return 2
    }
    let findings
    try {
      findings = readFindings(readFileSync(reportPath, 'utf8'))
    } catch (error) {
      console.error(`Could not read Electronegativity's report ${reportPath}: ${error.message}`)
      return 2
    }
    if (args.keep) copyFileSync(reportPath, args.keep)
    const disables = findInlineDisables(args.input)

    const scanned = relative(ROOT, args.input) || '.'
    console.log(
      `Electronegativity ${run.toolVersion} on ${scanned}/ (Electron ${version} from node_modules), ${seconds} s`,
    )
    const counts = SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`)
    console.log(`Findings: ${counts.join(', ')}`)
    const order = (f) => SEVERITIES.indexOf(f.severity)
    for (const f of [...findings].sort((a, b) => order(a) - order(b))) {
      console.log(`  ${pad(f.severity, 13)} ${pad(f.id, 36)} ${f.file}:${f.location}  ${f.description}`)
    }
    console.log(`Silenced inline with eng-disable, each explained in a comment there (${disables.length}):`)
    for (const d of disables) console.log(`  ${d.file}:${d.line}  ${d.checks.join(' ')}`)
    if (OFFLINE_MESSAGES.some((m) => output.includes(m))) {
      console.log(
        'Network: unreachable. The tool could not fetch its translations or the Electron release list;' +
          ' both are optional and the scan above is complete without them.',
      )
    }

    const failing = findings.filter((f) => FAILING.has(f.severity))
    const fileWide = disables.filter((d) => d.fileWide)
    for (const d of fileWide) {
      console.error(`FAIL: ${d.file}:1 disables ${d.checks.join(' ')} for the whole file; silence one line.`)
    }
    if (failing.length > 0) console.error(`FAIL: ${failing.length} HIGH or MEDIUM finding(s).`)
    if (failing.length > 0 || fileWide.length > 0) return 1
    console.log('OK: no HIGH or MEDIUM finding.')
    return 0
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

process.exitCode = main()
