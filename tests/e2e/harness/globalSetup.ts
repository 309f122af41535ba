import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildRenderer } from './buildRenderer'
import { locateElectronBinary } from './electronBinary'
import { BUILT_MAIN, ROOT } from './electronDriver'
import { startXvfb, type VirtualDisplay } from './xvfb'

/** The Electron binary (with a display for it), or null with the one line saying why not. */
async function electronDriver(): Promise<{ path: string; display: VirtualDisplay | null } | null> {
  if (process.env.SOANTIN_E2E_DRIVER === 'chromium') {
    console.log('e2e: SOANTIN_E2E_DRIVER=chromium; using the Chromium harness')
    return null
  }
  const found = locateElectronBinary()
  if (found.path === null) {
    console.log(
      `e2e: no Electron binary (${found.reason}; set ELECTRON_PATH or download it); using the Chromium harness`,
    )
    return null
  }
  let display: VirtualDisplay | null = null
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    try {
      display = await startXvfb()
    } catch (error) {
      console.log(
        `e2e: Electron found but no display (${(error as Error).message}); using the Chromium harness`,
      )
      return null
    }
  }
  if (!existsSync(BUILT_MAIN)) {
    // `npm test` builds before vitest; a lone `vitest --project e2e` may not have.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
    })
  }
  console.log(
    `e2e: driving the built app in Electron (${found.path}${display ? `, Xvfb ${display.display}` : ''})`,
  )
  return { path: found.path, display }
}

/**
 * Builds the renderer once per e2e run into a private folder, so parallel runs never share output (the
 * Chromium harness serves it; launches with in-process deps use it even when Electron is found), and
 * picks the driver: the real Electron app when a binary exists (see electronBinary.ts).
 */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'soantin-e2e-renderer-'))
  buildRenderer(outDir)
  project.provide('rendererDir', outDir)
  const electron = await electronDriver()
  project.provide('electronPath', electron?.path ?? null)
  project.provide('electronDisplay', electron?.display?.display ?? null)
  return () => {
    electron?.display?.stop()
    rmSync(outDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    rendererDir: string
    /** The Electron executable, or null: the Chromium harness runs (see launchApp's `driver`). */
    electronPath: string | null
    /** DISPLAY for Electron when the setup started Xvfb; null to inherit the environment's. */
    electronDisplay: string | null
  }
}
