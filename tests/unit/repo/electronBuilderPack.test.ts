import { listPackage } from '@electron/asar'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { Arch, build, Platform } from 'electron-builder'
import {
  chmodSync,
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
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../..')

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

/**
 * A stand-in Electron binary: no program, only the fuse wire @electron/fuses looks for (its sentinel,
 * wire version 1, the wire's length, one byte per fuse), set as a stock Electron ships it.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** The fuses in wire order (@electron/fuses' FuseV1Options), with the state a stock Electron ships. */
const STOCK_FUSES = {
  runAsNode: '1',
  enableCookieEncryption: '0',
  enableNodeOptionsEnvironmentVariable: '1',
  enableNodeCliInspectArguments: '1',
  enableEmbeddedAsarIntegrityValidation: '0',
  onlyLoadAppFromAsar: '0',
  loadBrowserProcessSpecificV8Snapshot: '0',
  grantFileProtocolExtraPrivileges: '1',
} as const
const STOCK_WIRE = Object.values(STOCK_FUSES).join('')

/** Reads the wire back: '1' on, '0' off, by fuse name. */
function fuseWire(binary: string): Record<string, string> {
  const bytes = readFileSync(binary)
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
  expect(bytes[at], 'wire version').toBe(1)
  const wire = bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1')
  return Object.fromEntries(Object.keys(STOCK_FUSES).map((name, i) => [name, wire[i] ?? '']))
}
function fakeElectronBinary(): Buffer {
  return Buffer.concat([
    Buffer.from('#!/bin/sh\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, STOCK_WIRE.length]),
    Buffer.from(STOCK_WIRE),
  ])
}

/**
 * Packs a stand-in project with the real package.json, electron-builder.yml and icons, using a fake
 * Electron folder instead of the download (electron-builder's `electronDist`). That is as far as
 * packaging goes offline: the `dir` target, no installer. The fuses are flipped for real, in the fake
 * binary's wire; whether Electron then honours them is Electron's business, not testable without it.
 */
async function packStandIn(project: string): Promise<string[]> {
  copyFileSync(join(ROOT, 'package.json'), join(project, 'package.json'))
  copyFileSync(join(ROOT, 'electron-builder.yml'), join(project, 'electron-builder.yml'))
  cpSync(join(ROOT, 'build'), join(project, 'build'), { recursive: true })
  cpSync(join(ROOT, 'templates'), join(project, 'templates'), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir')
  write(join(project, 'out/main/index.js'), "require('node:path')\n")
  write(join(project, 'out/main/index.js.map'), '{}')
  write(join(project, 'out/preload/index.js'), "require('electron')\n")
  write(join(project, 'out/renderer/index.html'), '<!doctype html><title>Soạn Tin</title>\n')
  write(join(project, 'out/renderer/assets/index-abc.js'), 'console.log(1)\n')
  // Things that must never ship.
  write(join(project, 'src/main/index.ts'), 'export {}\n')
  write(join(project, 'tests/unit/x.test.ts'), 'export {}\n')
  write(join(project, 'docs/format.md'), '# format\n')
  write(join(project, 'examples/a.soantin'), '{}\n')
  const electronDist = join(project, 'fake-electron')
  mkdirSync(electronDist, { recursive: true })
  writeFileSync(join(electronDist, 'electron'), fakeElectronBinary())
  chmodSync(join(electronDist, 'electron'), 0o755)
  write(join(electronDist, 'version'), '45.5.0')

  const config = await getConfig(project, null, null)
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist,
      directories: { ...config.directories, output: join(project, 'dist') },
    },
  })
  return listPackage(join(project, 'dist/linux-unpacked/resources/app.asar'), { isPack: false })
    .map((entry) => entry.replaceAll('\\', '/').replace(/^\//, ''))
    .sort()
}

const project = mkdtempSync(join(tmpdir(), 'soantin-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('packing with electron-builder.yml (offline, fake Electron)', () => {
  it('puts exactly the built app, package.json and the built-in templates into app.asar', async () => {
    const files = await packStandIn(project)
    expect(files).toEqual([
      'out',
      'out/main',
      'out/main/index.js',
      'out/preload',
      'out/preload/index.js',
      'out/renderer',
      'out/renderer/assets',
      'out/renderer/assets/index-abc.js',
      'out/renderer/index.html',
      'package.json',
      'templates',
      ...readdirSync(join(ROOT, 'templates'))
        .map((name) => `templates/${name}`)
        .sort(),
    ])
    // The Linux binary takes the ASCII executableName, not the Vietnamese productName.
    expect(existsSync(join(project, 'dist/linux-unpacked/soantin'))).toBe(true)
  })

  it('flips the fuses electron-builder.yml names in the packed binary', async () => {
    expect(fuseWire(join(project, 'dist/linux-unpacked/soantin'))).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      // Not named in the config: left as the stock binary has it.
      loadBrowserProcessSpecificV8Snapshot: '0',
      grantFileProtocolExtraPrivileges: '0',
    })
  })
})
