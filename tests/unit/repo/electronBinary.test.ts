import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary, locateElectronBinary } from '../../e2e/harness/electronBinary'

describe('findElectronBinary (which e2e driver runs)', () => {
  let dir: string
  let packageDir: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-electron-bin-'))
    packageDir = join(dir, 'node_modules/electron')
    mkdirSync(packageDir, { recursive: true })
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  /** What electron's install.js leaves behind: dist/<binary> and path.txt naming it. */
  function fakeDownload(binary = 'electron', mode = 0o755): string {
    mkdirSync(join(packageDir, 'dist'), { recursive: true })
    const path = join(packageDir, 'dist', binary)
    writeFileSync(path, '#!/bin/sh\n')
    chmodSync(path, mode)
    writeFileSync(join(packageDir, 'path.txt'), binary)
    return path
  }

  it('finds the downloaded binary through path.txt, as require("electron") does', () => {
    const binary = fakeDownload()
    expect(findElectronBinary({ env: {}, electronPackageDir: packageDir, platform: 'linux' })).toBe(binary)
  })

  it('is null when the binary was never downloaded (no path.txt), and says so', () => {
    const found = locateElectronBinary({ env: {}, electronPackageDir: packageDir, platform: 'linux' })
    expect(found.path).toBeNull()
    expect(found.reason).toMatch(/path\.txt is missing/)
  })

  it('is null when path.txt names a binary that is not in dist/', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron')
    const found = locateElectronBinary({ env: {}, electronPackageDir: packageDir, platform: 'linux' })
    expect(found.path).toBeNull()
    expect(found.reason).toMatch(/dist[/\\]electron does not exist/)
  })

  it.skipIf(process.platform === 'win32')('is null when the binary is not executable (POSIX)', () => {
    fakeDownload('electron', 0o644)
    const found = locateElectronBinary({ env: {}, electronPackageDir: packageDir, platform: 'linux' })
    expect(found.path).toBeNull()
    expect(found.reason).toMatch(/is not executable/)
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron')
    const other = join(dir, 'other-dist')
    mkdirSync(other)
    writeFileSync(join(other, 'electron'), '')
    chmodSync(join(other, 'electron'), 0o755)
    const env = { ELECTRON_OVERRIDE_DIST_PATH: other }
    expect(findElectronBinary({ env, electronPackageDir: packageDir, platform: 'linux' })).toBe(
      join(other, 'electron'),
    )
  })

  it('prefers ELECTRON_PATH when it names an executable', () => {
    fakeDownload()
    const own = join(dir, 'my-electron')
    writeFileSync(own, '')
    chmodSync(own, 0o755)
    const found = locateElectronBinary({ env: { ELECTRON_PATH: own }, electronPackageDir: packageDir })
    expect(found).toEqual({ path: own, reason: `ELECTRON_PATH=${own}` })
  })

  it('is null, with the reason, when ELECTRON_PATH names a file that does not exist', () => {
    // Even with a downloaded binary: a wrong ELECTRON_PATH is a mistake to report, not to paper over.
    fakeDownload()
    const missing = join(dir, 'nowhere', 'electron')
    const found = locateElectronBinary({ env: { ELECTRON_PATH: missing }, electronPackageDir: packageDir })
    expect(found.path).toBeNull()
    expect(found.reason).toBe(`ELECTRON_PATH=${missing} does not exist`)
  })

  it('is null when ELECTRON_PATH names a folder', () => {
    const found = locateElectronBinary({ env: { ELECTRON_PATH: dir }, electronPackageDir: packageDir })
    expect(found.path).toBeNull()
    expect(found.reason).toMatch(/is not a file$/)
  })

  it('gives the repository a definite answer (this machine: no download, so null)', () => {
    const found = locateElectronBinary({ env: {} })
    expect(typeof found.reason).toBe('string')
    if (found.path === null) expect(found.reason).toMatch(/node_modules[/\\]electron/)
  })
})
