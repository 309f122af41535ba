import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { APP_INDEX_URL } from '@main/security/policy'
import { createElectronStandIn, loadBundle, type ElectronStandIn } from '../../helpers/electronStandIn'

/** Running the built main bundle against the Electron stand-in, shared by the built-bundle tests. */

export const ROOT = resolve(__dirname, '../../..')

/** The bundles as `npm run build` leaves them; built here when a lone `vitest run` finds none. */
export function builtApp(): string {
  if (!existsSync(join(ROOT, 'out/main/index.js')) || !existsSync(join(ROOT, 'out/preload/index.js'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: ROOT,
      stdio: 'ignore',
    })
  }
  return ROOT
}

export interface Started {
  shell: ElectronStandIn
  mainPath: string
  appDir: string
}

/** Loads `out/main/index.js` from `appDir` against the stand-in and fires `ready`. */
export async function startMain(appDir: string, isPackaged: boolean, argv?: string[]): Promise<Started> {
  const shell = createElectronStandIn({
    appPath: appDir,
    userDataParent: mkdtempSync(join(tmpdir(), 'soantin-appdata-')),
    isPackaged,
  })
  const mainPath = join(appDir, 'out/main/index.js')
  const savedArgv = process.argv
  if (argv) process.argv = argv
  try {
    loadBundle(mainPath, shell.electron)
  } finally {
    process.argv = savedArgv
  }
  await shell.fireReady()
  return { shell, mainPath, appDir }
}

/** Calls a registered IPC handler as the app's own page would (no payload: a call that takes none). */
export async function call(started: Started, channel: string, payload?: unknown): Promise<unknown> {
  const handlers = started.shell.ipcHandlers.get(channel)
  if (!handlers?.[0]) throw new Error(`no handler for ${channel}`)
  return handlers[0]({ senderFrame: { url: APP_INDEX_URL } }, payload)
}

/** Fetches a URL through the handler the bundle installed for its scheme, as Chromium would. */
export async function fetchThrough(started: Started, url: string, method = 'GET'): Promise<Response> {
  const scheme = new URL(url).protocol.slice(0, -1)
  const handler = started.shell.session.protocolHandlers.get(scheme)
  if (!handler) throw new Error(`no protocol handler for ${scheme}`)
  return handler(new Request(url, { method }))
}
