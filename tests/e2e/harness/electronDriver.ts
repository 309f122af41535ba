import { existsSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication } from 'playwright-core'
import type { Handlers } from '@main/handlers/createHandlers'
import { EVENTS } from '@shared/ipc/contract'
import { bridgeDialogs, type DialogBridge } from './dialogBridge'
import type { FakeDialogs } from './fakeDialogs'
import type { AppUnderTest } from './launchApp'

export const ROOT = resolve(__dirname, '../../..')
/** What `npm run build` (electron-vite) writes; `package.json` "main" points at it. */
export const BUILT_MAIN = join(ROOT, 'out/main/index.js')

/**
 * Environment variables the Electron driver sets for the app's main process. Main does not read them
 * yet (see the e2e section of README.md); the driver checks the result instead of trusting them.
 */
const E2E_ENV = {
  /** "1" when the e2e suite runs the app. */
  flag: 'SOANTIN_E2E',
  /** The user data folder main should use instead of `<appData>/soantin`. */
  userData: 'SOANTIN_USER_DATA',
} as const

interface ElectronLaunch {
  executablePath: string
  /** For DISPLAY on Linux (Xvfb from the global setup); the inherited DISPLAY when null. */
  display: string | null
  scratch: string
  docsDir: string
  userDataDir: string
  dialogs: FakeDialogs
  viewport?: { width: number; height: number }
}

/** `handlers` live in Electron's main process; tests that call them need the Chromium driver. */
function handlersInMain(): Handlers {
  return new Proxy({} as Handlers, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined
      throw new Error(
        `app.handlers.${name}: with the Electron driver the handlers run in the app's main process; ` +
          "launch with { driver: 'chromium' } (or pass deps) to call them from the test",
      )
    },
  })
}

function launchEnv(launch: ElectronLaunch): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  // Would make Electron a plain Node, or point the window at a dev server instead of out/renderer.
  delete env.ELECTRON_RUN_AS_NODE
  delete env.ELECTRON_RENDERER_URL
  if (launch.display) env.DISPLAY = launch.display
  env[E2E_ENV.flag] = '1'
  env[E2E_ENV.userData] = launch.userDataDir
  if (process.platform === 'linux') {
    // Until main honours SOANTIN_USER_DATA: on Linux app.getPath('appData') is $XDG_CONFIG_HOME, and
    // main uses <appData>/soantin, so a link there sends it to the test's folder.
    const xdg = join(launch.scratch, 'xdg-config')
    mkdirSync(xdg, { recursive: true })
    symlinkSync(launch.userDataDir, join(xdg, 'soantin'), 'dir')
    env.XDG_CONFIG_HOME = xdg
  }
  return env
}

async function closeApp(app: ElectronApplication): Promise<void> {
  // The window's close handshake may wait for the renderer to answer; do not wait for ever.
  const closed = app.close().catch(() => undefined)
  const timeout = new Promise<'timeout'>((ok) => setTimeout(() => ok('timeout'), 10_000))
  if ((await Promise.race([closed, timeout])) === 'timeout') app.process().kill('SIGKILL')
}

/** Launches the built app (`out/main/index.js`) in the real Electron, main process and all. */
export async function launchElectron(
  launch: ElectronLaunch,
): Promise<Omit<AppUnderTest, 'close'> & { close(): Promise<void> }> {
  if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run \`npm run build\` first`)
  // The repository folder, not out/main/index.js: Electron then takes package.json's "main" and sets
  // app.getAppPath() to the repository, where main finds templates/ (as `electron-vite preview` does).
  const app = await _electron.launch({
    executablePath: launch.executablePath,
    args: [ROOT],
    cwd: ROOT,
    env: launchEnv(launch),
    locale: 'vi-VN',
    timeout: 60_000,
  })
  let bridge: DialogBridge | undefined
  try {
    const actualUserData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
    if (realpathSync(actualUserData) !== realpathSync(launch.userDataDir)) {
      throw new Error(
        `The app uses ${actualUserData} as its user data folder, not the test's ${launch.userDataDir}: ` +
          `main must honour ${E2E_ENV.userData} (see README.md, "Run the tests")`,
      )
    }
    bridge = await bridgeDialogs(app, launch.dialogs)
    const page = await app.firstWindow()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    if (launch.viewport) await page.setViewportSize(launch.viewport)
    await page.waitForSelector('.st-editor')
    if (errors.length > 0) throw new Error(`Renderer errors on start: ${errors.join('; ')}`)
    const openedBridge = bridge
    return {
      driver: 'electron',
      page,
      context: app.context(),
      electronApp: app,
      handlers: handlersInMain(),
      dialogs: launch.dialogs,
      docsDir: launch.docsDir,
      userDataDir: launch.userDataDir,
      // What main's sendEvent does for the menu (it runs in main, out of reach): the checked command.
      menu: (command) =>
        app.evaluate(
          ({ BrowserWindow }, { channel, command }) => {
            for (const win of BrowserWindow.getAllWindows()) win.webContents.send(channel, command)
          },
          { channel: EVENTS.menuCommand.channel, command: EVENTS.menuCommand.payload.parse(command) },
        ),
      close: async () => {
        await closeApp(app)
        await openedBridge.close()
      },
    }
  } catch (error) {
    await closeApp(app)
    await bridge?.close()
    throw error
  }
}
