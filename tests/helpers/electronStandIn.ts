import { EventEmitter } from 'node:events'
import Module from 'node:module'
import { fakeUtilityFork } from './fakeUtilityFork'

/** What a test learns from an Electron call: the name of the call and its arguments. */
export interface Call {
  name: string
  args: unknown[]
}

export interface MenuItem {
  label?: string
  role?: string
  type?: string
  click?: () => void
  submenu?: MenuItem[]
}

type IpcHandler = (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown
type HeadersListener = (
  details: { responseHeaders: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void

/** A `protocol.handle` handler: it gets a fetch `Request` and answers a fetch `Response`. */
export type ProtocolHandler = (request: Request) => Response | Promise<Response>

/** One `protocol.registerSchemesAsPrivileged` call: its schemes, and whether `ready` had fired yet. */
export interface SchemeRegistration {
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>
  afterReady: boolean
}

interface StandInOptions {
  appPath: string
  userDataParent: string
  isPackaged: boolean
}

/** A webContents that records what main sends it and which listeners it installs. */
class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; payload: unknown }> = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  loading = false
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  isLoading(): boolean {
    return this.loading
  }
}

/** A window the bundle made: its options, what it loaded, and its events. */
export interface StandInWindow extends EventEmitter {
  readonly webContents: FakeWebContents
  readonly options: unknown
  loadedFile: string | null
  loadedUrl: string | null
  closed: boolean
  close(): void
}

export interface ElectronStandIn {
  /** The value `require('electron')` returns to the bundle. */
  electron: unknown
  calls: Call[]
  app: EventEmitter & { getPath(name: string): string }
  windows: StandInWindow[]
  ipcHandlers: Map<string, IpcHandler[]>
  session: {
    permissionRequestHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null
    permissionCheckHandler: ((...args: unknown[]) => boolean) | null
    headersListener: HeadersListener | null
    /** What `session.protocol.handle` installed, by scheme. */
    protocolHandlers: Map<string, ProtocolHandler>
  }
  /** Every `protocol.registerSchemesAsPrivileged` call. */
  schemeRegistrations: SchemeRegistration[]
  exposed: Map<string, unknown>
  /** Each `ipcRenderer.invoke` of the preload: its channel and the arguments after it. */
  rendererInvokes: Array<{ channel: string; args: unknown[] }>
  /** How many listeners the preload has on each channel. */
  rendererListeners: Map<string, number>
  /** Delivers a message on a channel to the preload's listeners, as main's `webContents.send` does. */
  emitToRenderer(channel: string, payload: unknown): void
  menu(): MenuItem[]
  /** Resolves `app.whenReady()` and lets what it starts run. */
  fireReady(): Promise<void>
}

/**
 * A recording stand-in for the `electron` module: the calls the built main and preload bundles make,
 * with the values a real Electron would give. It runs nothing native; it lets a test fire `ready`,
 * window events and IPC calls, and read back what the bundle did.
 */
export function createElectronStandIn(options: StandInOptions): ElectronStandIn {
  const calls: Call[] = []
  const record =
    (name: string, result?: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      calls.push({ name, args })
      return result?.(...args)
    }
  let fireReady: () => void = () => undefined
  let isReady = false
  const ready = new Promise<void>((resolve) => (fireReady = resolve))
  const schemeRegistrations: SchemeRegistration[] = []
  const ipcHandlers = new Map<string, IpcHandler[]>()
  const windows: FakeBrowserWindow[] = []
  const paths = new Map<string, string>([['appData', options.userDataParent]])
  const exposed = new Map<string, unknown>()
  const rendererInvokes: Array<{ channel: string; args: unknown[] }> = []
  const rendererListeners = new Map<string, number>()
  const rendererHandlers = new Map<string, Set<(event: unknown, payload: unknown) => void>>()
  const session: ElectronStandIn['session'] = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    headersListener: null,
    protocolHandlers: new Map(),
  }
  let menu: MenuItem[] = []

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    readonly options: unknown
    loadedFile: string | null = null
    loadedUrl: string | null = null
    closed = false
    constructor(options: unknown) {
      super()
      this.options = options
      windows.push(this)
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((w) => !w.closed)
    }
    loadFile(path: string): Promise<void> {
      this.loadedFile = path
      return Promise.resolve()
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url
      return Promise.resolve()
    }
    show(): void {}
    focus(): void {}
    restore(): void {}
    isMinimized(): boolean {
      return false
    }
    /** Asks to close, as the title bar's button does: listeners may prevent it. */
    close(): void {
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      if (!prevented) {
        this.closed = true
        this.emit('closed')
      }
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    setPath: (name: string, path: string) => paths.set(name, path),
    getPath: (name: string) => {
      const path = paths.get(name)
      if (!path) throw new Error(`stand-in: no path ${name}`)
      return path
    },
    getAppPath: () => options.appPath,
    getVersion: () => '0.0.0-stand-in',
    getLocale: () => 'vi',
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    quit: record('app.quit'),
    addRecentDocument: record('app.addRecentDocument'),
  })

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle(channel: string, handler: IpcHandler) {
        ipcHandlers.set(channel, [...(ipcHandlers.get(channel) ?? []), handler])
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => template,
      setApplicationMenu: (template: MenuItem[]) => (menu = template),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: ElectronStandIn['session']['permissionRequestHandler']) =>
          (session.permissionRequestHandler = h),
        setPermissionCheckHandler: (h: ElectronStandIn['session']['permissionCheckHandler']) =>
          (session.permissionCheckHandler = h),
        webRequest: { onHeadersReceived: (l: HeadersListener) => (session.headersListener = l) },
        protocol: {
          handle: (scheme: string, handler: ProtocolHandler) => {
            if (session.protocolHandlers.has(scheme)) throw new Error(`stand-in: ${scheme} handled twice`)
            session.protocolHandlers.set(scheme, handler)
          },
        },
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: SchemeRegistration['schemes']) =>
        schemeRegistrations.push({ schemes, afterReady: isReady }),
    },
    dialog: {
      showOpenDialog: record('dialog.showOpenDialog'),
      showSaveDialog: record('dialog.showSaveDialog'),
    },
    shell: {
      openExternal: record('shell.openExternal'),
      openPath: record('shell.openPath', () => ''),
      showItemInFolder: record('shell.showItemInFolder'),
    },
    clipboard: { write: record('clipboard.write') },
    // Drafts are read and exported in utility processes: a Node child process stands in for each.
    utilityProcess: { fork: fakeUtilityFork },
    ClipboardItem: class {
      constructor(readonly items: Record<string, string>) {}
    },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        rendererInvokes.push({ channel, args })
        return Promise.resolve(null)
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        rendererListeners.set(channel, (rendererListeners.get(channel) ?? 0) + 1)
        rendererHandlers.set(channel, (rendererHandlers.get(channel) ?? new Set()).add(listener))
      },
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        rendererListeners.set(channel, (rendererListeners.get(channel) ?? 1) - 1)
        rendererHandlers.get(channel)?.delete(listener)
      },
    },
  }

  return {
    electron,
    calls,
    app,
    windows,
    ipcHandlers,
    session,
    schemeRegistrations,
    exposed,
    rendererInvokes,
    rendererListeners,
    emitToRenderer: (channel, payload) => rendererHandlers.get(channel)?.forEach((l) => l({}, payload)),
    menu: () => menu,
    fireReady: async () => {
      isReady = true
      fireReady()
      // Let `whenReady().then(...)` and the promises it starts run.
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r))
    },
  }
}

interface ModuleLoader {
  _load(request: string, parent: unknown, isMain: boolean): unknown
}

/**
 * Loads a built CommonJS bundle with `require('electron')` answered by the stand-in, and records every
 * other module it requires. Node's loader is patched only for the duration of the load.
 */
export function loadBundle(path: string, electron: unknown): { required: string[]; exports: unknown } {
  const loader = Module as unknown as ModuleLoader
  const original = loader._load
  const required: string[] = []
  loader._load = function (request, parent, isMain) {
    const fromBundle = (parent as { filename?: string } | null)?.filename === path
    if (fromBundle && request !== path) required.push(request)
    if (request === 'electron') return electron
    return original.call(this, request, parent, isMain)
  }
  try {
    const load = Module.createRequire(path)
    delete load.cache[path]
    return { required, exports: load(path) }
  } finally {
    loader._load = original
  }
}
