import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')

describe('CLI: an export stopped by a signal leaves no temp file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
  const childScript = join(dir, 'interruptExportChild.mjs')
  beforeAll(async () => {
    await build({
      entryPoints: [join(ROOT, 'tests/helpers/interruptExportChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: childScript,
      logLevel: 'error',
    })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: the staged temp is removed, the old file kept, exit %i', async (signal, expectedCode) => {
    const out = mkdtempSync(join(dir, 'out-'))
    const target = join(out, 'Giao ban.docx')
    writeFileSync(target, 'bản cũ')
    const child = spawn(process.execPath, [childScript, target], { stdio: ['ignore', 'pipe', 'inherit'] })
    let whileStaged: string[] = []
    const code = await new Promise<number | null>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (!chunk.toString().includes('staged')) return
        whileStaged = readdirSync(out)
        child.kill(signal)
      })
      child.on('error', fail)
      child.on('exit', (exitCode) => done(exitCode))
    })
    // The temp was on disk when the signal came, as in a real export stopped before its renames.
    expect(whileStaged).toHaveLength(2)
    expect(code).toBe(expectedCode)
    expect(readdirSync(out)).toEqual(['Giao ban.docx'])
    expect(readFileSync(target, 'utf8')).toBe('bản cũ')
  })
})
