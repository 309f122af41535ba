import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util/out/DebugLogger'
import type { Configuration } from 'electron-builder'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DRAFT_EXTENSION } from '@shared/model/report'

const ROOT = join(__dirname, '../../..')

const loaded = getConfig(ROOT, null, null)

function targets(platform: Configuration['win'] | Configuration['linux']): string[] {
  const list = platform?.target
  const items = Array.isArray(list) ? list : list ? [list] : []
  return items.map((item) => (typeof item === 'string' ? item : item.target))
}

/** The `files` patterns, whether written as plain strings or normalised into `{ filter }` sets. */
function filePatterns(files: Configuration['files']): string[] {
  const entries = Array.isArray(files) ? files : files ? [files] : []
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [entry]
    const filter = entry.filter
    return Array.isArray(filter) ? filter : filter ? [filter] : []
  })
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation, offline", async () => {
    const config = await loaded
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is really checked: a misspelt option is rejected', async () => {
    const config = await loaded
    const misspelt = { ...config, nsis: { ...config.nsis, oneclick: false } } as Configuration
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /configuration\.nsis/,
    )
  })

  it('builds an NSIS installer for Windows and an AppImage and a deb for Linux', async () => {
    const config = await loaded
    expect(targets(config.win)).toEqual(['nsis'])
    expect(targets(config.linux).sort()).toEqual(['AppImage', 'deb'])
  })

  it('opens .soantin drafts: one file association, named in Vietnamese, with its own MIME type', async () => {
    const config = await loaded
    const associations = Array.isArray(config.fileAssociations) ? config.fileAssociations : []
    expect(associations).toHaveLength(1)
    expect(associations[0]).toMatchObject({
      ext: DRAFT_EXTENSION.slice(1),
      name: 'Bản thảo Soạn Tin',
      mimeType: 'application/x-soantin',
    })
    expect(config.linux?.mimeTypes).toContain('application/x-soantin')
  })

  it('points at icons that exist in the formats each platform needs', async () => {
    const config = await loaded
    expect(config.win?.icon).toMatch(/\.ico$/)
    expect(config.linux?.icon).toMatch(/\.png$/)
    for (const icon of [config.icon, config.win?.icon, config.linux?.icon]) {
      expect(existsSync(join(ROOT, String(icon))), String(icon)).toBe(true)
    }
  })

  it('burns the security fuses into the Electron binary, the asar integrity check included', async () => {
    const config = await loaded
    // Every fuse is named on purpose: a new one electron-builder learns about must be decided here.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
    expect(config.asar).toBe(true)
    // The integrity check needs the archive's hash written into the executable, which this would skip.
    expect(config.disableAsarIntegrity).not.toBe(true)
    expect(config.asarUnpack ?? []).toEqual([])
  })

  it('packs the built app and its templates only: out/** without source maps, no node_modules', async () => {
    const patterns = filePatterns((await loaded).files)
    expect(patterns).toEqual(['out/**', 'package.json', 'templates/**', '!out/**/*.map', '!node_modules/**'])
  })

  it('has the main process bundled with its libraries, since no node_modules are packed', async () => {
    // Loaded by path: the build config belongs to no tsconfig project that tests may import from.
    const loadedVite = (await import(pathToFileURL(join(ROOT, 'electron.vite.config.ts')).href)) as {
      default: { main?: { build?: { externalizeDeps?: unknown } } }
    }
    const main = loadedVite.default.main
    expect(main?.build?.externalizeDeps).toBe(false)
  })
})
