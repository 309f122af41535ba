import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type ElectronApplication, type Page } from 'playwright-core'
import { createHandlers, type HandlerDeps, type Handlers } from '@main/handlers/createHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { IPC, type ExportProgress, type IpcName, type MenuCommand } from '@shared/ipc/contract'
import { launchElectron } from './electronDriver'
import { FakeDialogs } from './fakeDialogs'
import { serveDirectory, type StaticServer } from './staticServer'

const TEMPLATES_DIR = join(__dirname, '../../../templates')

export const CHROMIUM_PATH = process.env.SOANTIN_CHROMIUM ?? '/usr/bin/chromium'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface LaunchOptions {
  /** The built renderer; by default the one the e2e global setup built. */
  rendererDir?: string
  /** The app's user data folder (settings, backups); a fresh temp folder when omitted. */
  userDataDir?: string
  /** Replaces or adds handler dependencies (fakes for dialogs, clocks, ...). */
  deps?: Partial<HandlerDeps>
  viewport?: { width: number; height: number }
  /**
   * `'auto'` (the default): the real Electron app when the global setup found an Electron binary and
   * the launch needs nothing in-process (no `deps`, no `rendererDir`), else the Chromium harness.
   */
  driver?: E2eDriver | 'auto'
}

export type E2eDriver = 'chromium' | 'electron'

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
          rmSync(scratch, { recursive: true, force: true })
        },
      }
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true })
      throw error
    }
  }
  const rendererDir = driver.rendererDir
  // Export progress goes to the page as main's `webContents.send` does, once the page exists.
  let sendProgress: (progress: ExportProgress) => void = () => undefined
  const handlers = createHandlers({
    appInfo: { name: 'Soạn Tin', version: 'e2e', platform: process.platform, locale: 'vi' },
    dialogs,
    shell: { openExternal: async () => undefined },
    userDataDir,
    templatesDir: TEMPLATES_DIR,
    ...options.deps,
    onExportProgress: (progress) => {
      options.deps?.onExportProgress?.(progress)
      sendProgress(progress)
    },
  })

  let server: StaticServer | undefined
  let context: BrowserContext | undefined
  try {
    server = await serveDirectory(rendererDir)
    // A fresh Chromium profile per launch, so no state leaks between tests.
    context = await chromium.launchPersistentContext(join(scratch, 'chromium-profile'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1280, height: 860 },
      locale: 'vi-VN',
    })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.exposeBinding('__soantinIpc', (_source, channel: string, payload: unknown) =>
      dispatchIpc(handlers, channel, payload),
    )
    const channels = Object.fromEntries(
      (Object.keys(IPC) as IpcName[]).map((name) => [name, IPC[name].channel]),
    )
    // The same shape buildApi gives the preload: one named function per contract entry.
    await page.addInitScript((names: Record<string, string>) => {
      const w = globalThis as unknown as Record<string, unknown> & {
        __soantinIpc(channel: string, payload: unknown): Promise<unknown>
      }
      const listeners = new Set<(command: unknown) => void>()
      const progressListeners = new Set<(progress: unknown) => void>()
      const api: Record<string, unknown> = {}
      for (const [name, channel] of Object.entries(names)) {
        api[name] = (request: unknown) => w.__soantinIpc(channel, request ?? null)
      }
      api.onMenuCommand = (listener: (command: unknown) => void) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      }
      w.__soantinMenu = (command: unknown) => listeners.forEach((l) => l(command))
      api.onExportProgress = (listener: (progress: unknown) => void) => {
        progressListeners.add(listener)
        return () => progressListeners.delete(listener)
      }
      w.__soantinProgress = (progress: unknown) => progressListeners.forEach((l) => l(progress))
      w.soantin = api
    }, channels)
    sendProgress = (progress) =>
      void page
        .evaluate(
          (p) => (globalThis as unknown as { __soantinProgress(p: unknown): void }).__soantinProgress(p),
          progress,
        )
        .catch(() => undefined)
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
      menu: (command) =>
        page.evaluate(
          (c) => (globalThis as unknown as { __soantinMenu(c: string): void }).__soantinMenu(c),
          command,
        ),
      close: async () => {
        await openedContext.close().catch(() => undefined)
        await openedServer.close()
        rmSync(scratch, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await context?.close().catch(() => undefined)
    await server?.close()
    rmSync(scratch, { recursive: true, force: true })
    throw error
  }
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
