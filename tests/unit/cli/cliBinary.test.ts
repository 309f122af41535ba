import { execFile, spawn as spawnChild } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { COMMANDS } from '@cli/commandList'

const ROOT = join(__dirname, '../../..')
const BIN = join(ROOT, 'bin/soantin.mjs')
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
const execFileAsync = promisify(execFile)

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function spawn(file: string, args: string[], cwd: string): Promise<Run> {
  // npm_config_offline: `npx` must find the project's own bin, never ask the registry.
  const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' }
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { cwd, env, timeout: 60_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string }
    if (typeof failed.code !== 'number') throw error
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

/** The real `bin/soantin.mjs` in a child process, as `npx soantin` runs it. */
const soantin = (args: string[], cwd = ROOT) => spawn(process.execPath, [BIN, ...args], cwd)

const elsewhere = mkdtempSync(join(tmpdir(), 'soantin-'))
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }))

describe('soantin CLI through bin/soantin.mjs', () => {
  it('prints Vietnamese help with every command on --help and with no arguments', async () => {
    const [long, none] = await Promise.all([soantin(['--help']), soantin([])])
    expect(long.code).toBe(0)
    expect(long.stderr).toBe('')
    expect(long.stdout).toContain('Soạn Tin — soạn tin bài giao ban theo mẫu')
    expect(long.stdout).toContain('Cách dùng: soantin <lệnh> [tùy chọn]')
    expect(long.stdout).toContain('-v, --version')
    for (const command of COMMANDS) expect(long.stdout).toMatch(new RegExp(`^  ${command.name}\\s+\\S`, 'm'))
    expect(long.stdout).toBe(long.stdout.normalize('NFC'))
    expect(none).toEqual(long)
  })

  it('prints the package version on --version and -v, from any folder', async () => {
    const [long, short] = await Promise.all([soantin(['--version'], elsewhere), soantin(['-v'])])
    expect(long).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' })
    expect(short).toEqual(long)
  })

  it('exits 1 on an unknown command, with a Vietnamese message on stderr and nothing on stdout', async () => {
    const result = await soantin(['xuat-pdf', 'bao-cao.soantin'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Lệnh không hợp lệ: "xuat-pdf"')
    expect(result.stderr).toContain('soantin --help')
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  })

  it('prints each command\'s own usage on "<command> --help"', async () => {
    const results = await Promise.all(COMMANDS.map((c) => soantin([c.name, '--help'])))
    expect(results).toEqual(COMMANDS.map((c) => ({ code: 0, stdout: c.usage, stderr: '' })))
  })

  it('runs as `npx soantin` from the project, without a build step', async () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
    const version = await spawn(npx, ['--no-install', 'soantin', '--version'], ROOT)
    expect(version).toMatchObject({ code: 0, stdout: `${VERSION}\n` })
  })

  it('stops quietly when the reader closes the pipe early (soantin templates | head -1)', async () => {
    const child = spawnChild(process.execPath, [BIN, 'templates'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Read the first chunk, then close our end, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    child.stdout.destroy()
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
    expect(stderr).not.toContain('EPIPE')
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(code).toBe(0)
  })
})
