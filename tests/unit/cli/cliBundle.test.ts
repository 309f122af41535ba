import { execFile } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withoutCheckSummary } from './checkSummary'

const ROOT = join(__dirname, '../../..')
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
const SEED = join(ROOT, 'examples/giao-ban-thuong-truc-tinh-uy.soantin')
const execFileAsync = promisify(execFile)

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function node(args: string[], cwd = ROOT): Promise<Run> {
  const env = { ...process.env, SOANTIN_CLI_DEBUG: '1' }
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, args, { cwd, env, timeout: 60_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string }
    if (typeof failed.code !== 'number') throw error
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

/**
 * A copy of the project as the bin sees it: its own bin/soantin.mjs and node_modules/ (links to the real
 * packages, without the real prebuilt bundle), its tsconfig (the import aliases), a copy of src/ and the real templates/. Each test gives it a bundle, or not.
 */
const project = mkdtempSync(join(tmpdir(), 'soantin-bundle-'))
const bin = join(project, 'bin/soantin.mjs')
const bundleDir = join(project, 'node_modules/.soantin-cli')
const link = (target: string, path: string) => symlinkSync(target, path, 'junction')

beforeAll(() => {
  mkdirSync(join(project, 'bin'))
  copyFileSync(join(ROOT, 'bin/soantin.mjs'), bin)
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.base.json'])
    copyFileSync(join(ROOT, file), join(project, file))
  // A copy, not a link: tsx applies the tsconfig's aliases only to files inside the tsconfig's folder.
  cpSync(join(ROOT, 'src'), join(project, 'src'), { recursive: true })
  link(join(ROOT, 'templates'), join(project, 'templates'))
  mkdirSync(join(project, 'node_modules'))
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.soantin-cli')
      link(join(ROOT, 'node_modules', entry), join(project, 'node_modules', entry))
  }
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

async function buildBundle(): Promise<void> {
  const built = await node([join(ROOT, 'scripts/build-cli.mjs'), '--out-dir', bundleDir])
  expect(built).toMatchObject({ code: 0 })
  expect(existsSync(join(bundleDir, 'soantin.mjs'))).toBe(true)
}

describe('the CLI built ahead of time', () => {
  it('is built at install: `prepare` builds it, and the bundle is there', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(scripts.prepare).toContain('scripts/build-cli.mjs')
    // npm install / npm ci ran `prepare`; missing here means it did not (or it was removed since).
    expect(existsSync(join(ROOT, 'node_modules/.soantin-cli/soantin.mjs'))).toBe(true)
    expect(existsSync(join(ROOT, 'node_modules/.soantin-cli/manifest.json'))).toBe(true)
  })

  it('falls back to tsx when there is no bundle (installed with --ignore-scripts)', async () => {
    rmSync(bundleDir, { recursive: true, force: true })
    const version = await node([bin, '--version'], tmpdir())
    expect(version.stdout).toBe(`${VERSION}\n`)
    expect(version.stderr).toMatch(/^soantin: tsx \(no prebuilt bundle/)
    const templates = await node([bin, 'templates'])
    expect(templates.code).toBe(0)
    expect(templates.stdout).toMatch(/^giao-ban-thuong-truc-tinh-uy\s/m)
  })

  it('runs the prebuilt bundle when it is there, with the same results as through tsx', async () => {
    const out = mkdtempSync(join(tmpdir(), 'soantin-bundle-out-'))
    try {
      rmSync(bundleDir, { recursive: true, force: true })
      const viaTsx = await node([bin, 'export', SEED, '--html', join(out, 'tsx.html')])
      expect(viaTsx.stderr).toMatch(/^soantin: tsx /)
      const tsxTemplates = await node([bin, 'templates', '--json'])

      await buildBundle()
      const version = await node([bin, '--version'], tmpdir())
      expect(version).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: 'soantin: prebuilt bundle\n' })
      // templates/ and package.json are found from the bundle as from the sources.
      expect(await node([bin, 'templates', '--json'])).toEqual({
        ...tsxTemplates,
        stderr: tsxTemplates.stderr.replace(/^soantin: tsx .*\n/, 'soantin: prebuilt bundle\n'),
      })
      const exported = await node([
        bin,
        'export',
        SEED,
        '--docx',
        join(out, 'a.docx'),
        '--html',
        join(out, 'a.html'),
      ])
      expect(exported.code).toBe(0)
      expect(withoutCheckSummary(exported.stderr)).toBe('soantin: prebuilt bundle\n')
      expect(readFileSync(join(out, 'a.html'), 'utf8')).toBe(readFileSync(join(out, 'tsx.html'), 'utf8'))
      expect(readFileSync(join(out, 'a.docx')).subarray(0, 2).toString()).toBe('PK')

      const fresh = await node([
        bin,
        'new',
        'giao-ban-thuong-truc-tinh-uy',
        '-o',
        join(out, 'n.soantin'),
        '--date',
        '2022-09-19',
      ])
      expect(fresh).toMatchObject({ code: 0, stderr: 'soantin: prebuilt bundle\n' })
      expect(existsSync(join(out, 'n.soantin'))).toBe(true)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('falls back to tsx when a source changed after the bundle was built', async () => {
    if (!existsSync(join(bundleDir, 'manifest.json'))) await buildBundle()
    const manifestPath = join(bundleDir, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { builtAt: number; inputs: string[] }
    expect(manifest.inputs).toContain('src/cli/main.ts')
    expect(manifest.inputs).toContain('src/cli/commands/export.ts')
    // As if every source had been edited after the build, without touching the real ones.
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, builtAt: 0 }))
    const version = await node([bin, '--version'])
    expect(version.stdout).toBe(`${VERSION}\n`)
    expect(version.stderr).toMatch(/^soantin: tsx \(src\/.+ changed since the bundle was built\)\n$/)
  })
})
