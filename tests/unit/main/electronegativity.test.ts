import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')
const SCRIPT = join(ROOT, 'scripts/electronegativity.mjs')
const run = promisify(execFile)

interface ScanResult {
  code: number
  stdout: string
  stderr: string
}

async function scan(input?: string): Promise<ScanResult> {
  const args = [SCRIPT, ...(input ? ['--input', input] : [])]
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, timeout: 240_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string }
    if (typeof failed.code !== 'number') throw error
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'soantin-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function fixture(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}

const INSECURE_WINDOW = `import { BrowserWindow } from 'electron'
export function open() {
  return new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } })
}
`

// The three scans run at once: each spends most of its ~11 s waiting on the tool's offline retries.
const scans = {
  sources: scan(),
  insecure: scan(fixture('insecure', { 'main/window.ts': INSECURE_WINDOW })),
  fileWide: scan(
    fixture('file-wide', {
      'main/window.ts': `// eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK\n${INSECURE_WINDOW}`,
    }),
  ),
}

describe('Electronegativity gate (scripts/electronegativity.mjs)', () => {
  it('passes on the app sources with no HIGH or MEDIUM finding', async () => {
    const result = await scans.sources
    expect(result.stderr).not.toContain('FAIL')
    expect(result.stdout).toMatch(/Findings: 0 HIGH, 0 MEDIUM,/)
    expect(result.stdout).toContain('OK: no HIGH or MEDIUM finding.')
    expect(result.code).toBe(0)
  })

  it('lists every check silenced inline on the sources, so none is silenced unseen', async () => {
    const { stdout } = await scans.sources
    const listed = stdout.split('Silenced inline')[1] ?? ''
    expect(listed).toMatch(/main\/security\/windowOptions\.ts:\d+\s+AUXCLICK_JS_CHECK/)
    expect(listed).toMatch(/main\/security\/windowOptions\.ts:\d+\s+PRELOAD_JS_CHECK/)
    expect(listed).not.toMatch(/CONTEXT_ISOLATION|SANDBOX_JS_CHECK|NODE_INTEGRATION/)
  })

  it('fails on a window that turns off context isolation and the sandbox', async () => {
    const result = await scans.insecure
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/HIGH\s+CONTEXT_ISOLATION_JS_CHECK\s+main\/window\.ts:3/)
    expect(result.stdout).toMatch(/MEDIUM\s+SANDBOX_JS_CHECK\s+main\/window\.ts:3/)
    expect(result.stderr).toMatch(/FAIL: \d+ HIGH or MEDIUM finding/)
  })

  it('fails when a check is silenced for a whole file instead of one line', async () => {
    const result = await scans.fileWide
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('main/window.ts:1 disables CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK')
  })
})
