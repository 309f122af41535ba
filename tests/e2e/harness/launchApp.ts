import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type ElectronApplication, type Page } from 'playwright-core'
import { createHandlers, type HandlerDeps, type Handlers } from '@main/handlers/createHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { sendEvent, type RendererTarget } from '@main/ipc/sendEvent'
import type { MenuCommand } from '@shared/ipc/contract'
import { launchElectron } from './electronDriver'
import { FakeDialogs } from './fakeDialogs'
import { pageApiScript } from './pageApiScript'
import { heldAnswer } from './ipcEnvelope'
import { serveDirectory, type HeldBodies, type StaticServer } from './staticServer'

const TEMPLATES_DIR = join(__dirname, '../../../templates')

const CHROMIUM_PATH = process.env.SOANTIN_CHROMIUM ?? '/usr/bin/chromium'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

interface LaunchOptions {
  /** The built renderer; by default the one the e2e global setup built. */
  rendererDir?: string
  /** The app's user data folder (settings, backups); a fresh temp folder when omitted. */
  userDataDir?: string
  /** Replaces or adds handler dependencies (fakes for dialogs, clocks, ...). */
  deps?: Partial<HandlerDeps>
  viewport?: { width: number; height: number }
  /**
   * Chromium driver: where the browser profile (localStorage) lives, kept after close so a relaunch
   * passing the same folder finds what the renderer remembered, as Electron keeps it in user data.
   * A fresh profile inside the launch's scratch folder when omitted.
   */
  browserProfileDir?: string
  /**
   * `'auto'` (the default): the real Electron app when the global setup found an Electron binary and
   * the launch needs nothing in-process (no `deps`, no `rendererDir`), else the Chromium harness.
   */
  driver?: E2eDriver | 'auto'
  /** Chromium flags added to the harness's own (benchmarks: frame pacing). */
  extraChromiumArgs?: string[]
}

export type E2eDriver = 'chromium' | 'electron'

/** One call the renderer made: its channel and its payload's size as JSON, in characters. */
export interface IpcCallRecord {
  channel: string
  bytes: number
}

export interface AppUnderTest {
  /** `'electron'`: the built app in real Electron; `handlers` then throw (they run in its main). */
  driver: E2eDriver
  page: Page
  /** With Electron, the app's own context: it cannot open further pages (`newPage`). */
  context: BrowserContext
  /** Only with the Electron driver. */
  electronApp?: ElectronApplication
  handlers: Handlers
  dialogs: FakeDialogs
  /** Where the fake save dialog puts files by default. */
  docsDir: string
  userDataDir: string
  /** Chromium driver only: every call the page made, in order, with the size of its payload. */
  ipcCalls?: IpcCallRecord[]
  /** Sends a menu command, as the Electron menu does through the preload. */
  menu(command: MenuCommand): Promise<void>
  close(): Promise<void>
}

/**
 * Starts the built renderer in Debian's Chromium with `window.soantin` wired to the real main-process
 * handlers: the same contract, the same payload validation, real files on disk.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<AppUnderTest> {
  const driver = await chooseDriver(options)
  const scratch = mkdtempSync(join(tmpdir(), 'soantin-e2e-'))
  const docsDir = join(scratch, 'docs')
  mkdirSync(docsDir)
  const userDataDir = options.userDataDir ?? join(scratch, 'userData')
  mkdirSync(userDataDir, { recursive: true })
  const dialogs = new FakeDialogs(docsDir)
  if (driver.kind === 'electron') {
    try {
      const app = await launchElectron({
        executablePath: driver.executablePath,
        display: driver.display,
        scratch,
        docsDir,
        userDataDir,
        dialogs,
        viewport: options.viewport,
      })
      return {
        ...app,
        close: async () => {
          await app.close()
          removeScratch(scratch)
        },
      }
    } catch (error) {
      removeScratch(scratch)
      throw error
    }
  }
  const rendererDir = driver.rendererDir
  // Events reach the page as main's `webContents.send` does, once the page exists.
  let eventPage: Page | undefined
  let delivered: Promise<unknown> = Promise.resolve()
  const webContents: RendererTarget = {
    send(channel, payload) {
      delivered =
        eventPage
          ?.evaluate(
            ([c, p]) =>
              (globalThis as unknown as { __soantinEmit(c: string, p: unknown): void }).__soantinEmit(c, p),
            [channel, payload] as const,
          )
          .catch(() => undefined) ?? Promise.resolve()
    },
  }
  const handlers = createHandlers({
    appInfo: { name: 'Soạn Tin', version: 'e2e', platform: process.platform, locale: 'vi' },
    dialogs,
    shell: { openExternal: async () => undefined },
    userDataDir,
    templatesDir: TEMPLATES_DIR,
    ...options.deps,
    onExportProgress: (progress) => {
      options.deps?.onExportProgress?.(progress)
      sendEvent(webContents, 'exportProgress', progress)
    },
  })

  const held: HeldBodies = new Map()
  let server: StaticServer | undefined
  let context: BrowserContext | undefined
  try {
    server = await serveWithStableOrigin(rendererDir, options.browserProfileDir, held)
    // A fresh Chromium profile per launch, so no state leaks between tests.
    context = await chromium.launchPersistentContext(
      options.browserProfileDir ?? join(scratch, 'chromium-profile'),
      {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS, ...(options.extraChromiumArgs ?? [])],
        viewport: options.viewport ?? { width: 1280, height: 860 },
        locale: 'vi-VN',
      },
    )
    const page = context.pages()[0] ?? (await context.newPage())
    const ipcCalls: IpcCallRecord[] = []
    await page.exposeBinding('__soantinIpc', async (_source, channel: string, payload?: unknown) => {
      ipcCalls.push({ channel, bytes: payload === undefined ? 0 : JSON.stringify(payload).length })
      return heldAnswer(held, await dispatchIpc(handlers, channel, payload))
    })
    // The preload's API, built by the same buildApi from the contract.
    await page.addInitScript({ content: pageApiScript() })
    eventPage = page
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(server.url)
    await page.waitForSelector('.st-editor')
    if (errors.length > 0) throw new Error(`Renderer errors on start: ${errors.join('; ')}`)
    const openedContext = context
    const openedServer = server
    return {
      driver: 'chromium',
      page,
      context,
      handlers,
      dialogs,
      docsDir,
      userDataDir,
      ipcCalls,
      menu: async (command) => {
        sendEvent(webContents, 'menuCommand', command)
        await delivered
      },
      close: async () => {
        await openedContext.close().catch(() => undefined)
        await openedServer.close()
        removeScratch(scratch)
      },
    }
  } catch (error) {
    await context?.close().catch(() => undefined)
    await server?.close()
    removeScratch(scratch)
    throw error
  }
}

/**
 * localStorage belongs to an origin, so a kept profile also keeps its port: the relaunch serves on
 * the port the first launch got (written next to the profile).
 */
async function serveWithStableOrigin(rendererDir: string, profileDir: string | undefined, held: HeldBodies) {
  if (profileDir === undefined) return serveDirectory(rendererDir, 0, held)
  const portFile = `${profileDir}.port`
  const kept = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : 0
  const server = await serveDirectory(rendererDir, kept, held)
  writeFileSync(portFile, new URL(server.url).port)
  return server
}

type DriverChoice =
  | { kind: 'chromium'; rendererDir: string }
  | { kind: 'electron'; executablePath: string; display: string | null }

/** Which driver a launch gets; see `LaunchOptions.driver`. */
async function chooseDriver(options: LaunchOptions): Promise<DriverChoice> {
  const wanted = options.driver ?? 'auto'
  // Benchmarks pass rendererDir and run outside vitest: no inject there.
  if (options.rendererDir !== undefined && wanted !== 'electron') {
    return { kind: 'chromium', rendererDir: options.rendererDir }
  }
  // Imported lazily so benchmarks can use the harness outside vitest.
  const { inject } = await import('vitest')
  const electronPath = inject('electronPath') ?? null
  if (wanted === 'electron') {
    if (electronPath === null)
      throw new Error("driver: 'electron' but the e2e global setup found no Electron binary")
    if (options.deps !== undefined || options.rendererDir !== undefined) {
      throw new Error("driver: 'electron' runs the built app's own main: deps and rendererDir cannot apply")
    }
  }
  const electron =
    wanted === 'electron' || (wanted === 'auto' && electronPath !== null && options.deps === undefined)
  if (electron && electronPath !== null) {
    return { kind: 'electron', executablePath: electronPath, display: inject('electronDisplay') ?? null }
  }
  return { kind: 'chromium', rendererDir: options.rendererDir ?? inject('rendererDir') }
}

/**
 * Removes a launch's scratch folder. A browser killed by a test (the crash tests) can leave child
 * processes writing into its profile for a moment, so a folder emptied under them is tried again.
 */
function removeScratch(scratch: string): void {
  rmSync(scratch, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 })
}
