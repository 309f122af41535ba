import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Script } from 'node:vm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { EVENTS, IPC, MENU_COMMANDS, type EventName, type IpcName } from '@shared/ipc/contract'
import { eventListenerName } from '@shared/ipc/eventListenerName'
import { mainWindowOptions } from '@main/security/windowOptions'
import { CLOSE_ANSWER_TIMEOUT_MS } from '@node/recoveryCloseGate'
import { parseReportText } from '@shared/model'
import { APP_INDEX_URL, CONTENT_SECURITY_POLICY } from '@main/security/policy'
import { createElectronStandIn, loadBundle, type MenuItem } from '../../helpers/electronStandIn'
import { builtApp, call, fetchThrough, ROOT, startMain, type Started } from './builtMainHarness'

const CHANNELS = Object.values(IPC).map((entry) => entry.channel)
const MENU_CHANNEL = EVENTS.menuCommand.channel

function menuItems(items: MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...menuItems(item.submenu ?? [])])
}

function aDraft(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-drafts-'))
  const path = join(dir, 'tuan-sau.soantin')
  cpSync(join(ROOT, 'examples/giao-ban-thuong-truc-tinh-uy.soantin'), path)
  return path
}

describe('the built main bundle against a stand-in electron', () => {
  let started: Started
  beforeAll(async () => {
    delete process.env.ELECTRON_RENDERER_URL
    started = await startMain(builtApp(), false)
  })

  it('registers exactly one handler for every channel of the contract, and nothing else', () => {
    const registered = [...started.shell.ipcHandlers.entries()]
    expect(registered.map(([channel]) => channel).sort()).toEqual([...CHANNELS].sort())
    for (const [channel, handlers] of registered) expect(handlers, channel).toHaveLength(1)
  })

  it('opens one window with the locked-down options, a preload that exists, and the app:// page', async () => {
    const [win] = started.shell.windows
    expect(started.shell.windows).toHaveLength(1)
    const preload = join(ROOT, 'out/preload/index.js')
    expect(win!.options).toEqual(mainWindowOptions(preload))
    expect(win!.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false },
    })
    expect(existsSync(preload)).toBe(true)
    expect(win!.loadedFile).toBeNull()
    expect(win!.loadedUrl).toBe(APP_INDEX_URL)
    const page = await fetchThrough(started, win!.loadedUrl!)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8'))
  })

  it('sends the CSP with every response and denies every permission', () => {
    const { session } = started.shell
    let headers: Record<string, string[]> = {}
    session.headersListener!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders))
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
    for (const permission of ['media', 'clipboard-read', 'notifications', 'geolocation']) {
      let granted: boolean | null = null
      session.permissionRequestHandler!(null, permission, (ok) => (granted = ok))
      expect(granted, permission).toBe(false)
    }
    expect(session.permissionCheckHandler!()).toBe(false)
  })

  it('denies new windows and navigation away from the app', () => {
    const win = started.shell.windows[0]!
    expect(win.webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    const navigate = (url: string) => {
      let prevented = false
      win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    expect(navigate('https://example.com/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate(pathToFileURL(join(ROOT, 'out/renderer/index.html')).href)).toBe(true)
    expect(navigate('app://soantin/assets/x.html')).toBe(true)
    expect(navigate(`${APP_INDEX_URL}#/report`)).toBe(false)
  })

  it('refuses IPC from a page that is not the app', async () => {
    const handler = started.shell.ipcHandlers.get(IPC.listTemplates.channel)![0]!
    expect(() => handler({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toThrow(
      /không tin cậy/,
    )
    expect(() => handler({ senderFrame: null }, undefined)).toThrow(/không tin cậy/)
    const fileSender = { senderFrame: { url: pathToFileURL(join(ROOT, 'out/renderer/index.html')).href } }
    expect(() => handler(fileSender, undefined)).toThrow(/không tin cậy/)
  })

  it('refuses any payload on a call that takes none, before its handler runs', async () => {
    const payloadFree = (Object.keys(IPC) as IpcName[]).filter((name) => IPC[name].request === null)
    expect(payloadFree).toContain('getAppInfo')
    for (const name of payloadFree) {
      for (const payload of [null, {}, 0, '']) {
        expect(await call(started, IPC[name].channel, payload), name).toEqual({
          ok: false,
          message: expect.stringMatching(/không nhận dữ liệu/),
          said: { vi: expect.stringMatching(/không nhận dữ liệu/), en: expect.stringMatching(/takes none/) },
        })
      }
    }
    expect(await call(started, IPC.getAppInfo.channel)).toMatchObject({ name: 'Soạn Tin' })
  })

  it('every menu item sends a command of the contract (the renderer must handle each: CommandHandlers)', () => {
    const win = started.shell.windows[0]!
    const items = menuItems(started.shell.menu())
    const clickable = items.filter((item) => item.click)
    win.webContents.sent.length = 0
    for (const item of clickable) item.click!()
    const sent = win.webContents.sent
    expect(sent).toHaveLength(clickable.length)
    for (const { channel, payload } of sent) {
      expect(channel).toBe(MENU_CHANNEL)
      expect(MENU_COMMANDS).toContain(payload)
    }
    // Items without a command are Electron roles, separators, submenus or the disabled "no recent file".
    for (const item of items.filter((i) => !i.click)) {
      expect(
        Boolean(item.role || item.type === 'separator' || item.submenu || item.label === 'Chưa có tệp nào'),
      ).toBe(true)
    }
  })

  it('reads the built-in templates from the app folder', async () => {
    const listed = (await call(started, IPC.listTemplates.channel)) as { ok: boolean; templates: unknown[] }
    expect(listed.ok).toBe(true)
    expect(listed.templates.length).toBeGreaterThanOrEqual(8)
  })

  it('queues a file from a second instance and from open-file, and asks the renderer to open it', async () => {
    const win = started.shell.windows[0]!
    const first = aDraft()
    win.webContents.sent.length = 0
    started.shell.app.emit('second-instance', {}, ['soantin', '--flag', first], '/')
    expect(win.webContents.sent).toEqual([{ channel: MENU_CHANNEL, payload: 'openPending' }])
    const opened = (await call(started, IPC.openPendingFile.channel)) as { ok: boolean; fileName: string }
    expect(opened).toMatchObject({ ok: true, fileName: 'tuan-sau.soantin' })

    const second = aDraft()
    let prevented = false
    started.shell.app.emit('open-file', { preventDefault: () => (prevented = true) }, second)
    expect(prevented).toBe(true)
    expect(((await call(started, IPC.openPendingFile.channel)) as { ok: boolean }).ok).toBe(true)
    expect(((await call(started, IPC.openPendingFile.channel)) as { ok: boolean }).ok).toBe(false)
  })

  it('holds the window on close and asks the renderer; closes only when it answers yes', async () => {
    const win = started.shell.windows[0]!
    win.webContents.emit('did-finish-load')
    win.webContents.sent.length = 0
    win.close()
    expect(win.closed).toBe(false)
    expect(win.webContents.sent).toEqual([{ channel: MENU_CHANNEL, payload: 'closeRequest' }])
    await call(started, IPC.answerClose.channel, { proceed: false, backupId: null })
    expect(win.closed).toBe(false)
    win.close()
    expect(win.closed).toBe(false)
    await call(started, IPC.answerClose.channel, { proceed: true, backupId: null })
    expect(win.closed).toBe(true)
  })

  it('closes a window whose renderer never answers after the timeout, and keeps its backup', async () => {
    started.shell.app.emit('activate')
    const win = started.shell.windows.at(-1)!
    expect(win.closed).toBe(false)
    win.webContents.emit('did-finish-load')
    const parsed = parseReportText(
      readFileSync(join(ROOT, 'examples/giao-ban-thuong-truc-tinh-uy.soantin'), 'utf8'),
    )
    if (!parsed.ok) throw new Error(parsed.message)
    const backupId = 'never-answers-1'
    await call(started, IPC.backupDraft.channel, { backupId, docToken: null, report: parsed.report })
    vi.useFakeTimers()
    try {
      win.close()
      expect(win.webContents.sent.at(-1)).toEqual({ channel: MENU_CHANNEL, payload: 'closeRequest' })
      vi.advanceTimersByTime(CLOSE_ANSWER_TIMEOUT_MS - 1)
      expect(win.closed).toBe(false)
      vi.advanceTimersByTime(1)
      expect(win.closed).toBe(true)
    } finally {
      vi.useRealTimers()
    }
    const recoverable = (await call(started, IPC.listRecoverable.channel, { exclude: null })) as Array<{
      backupId: string
    }>
    expect(recoverable.map((r) => r.backupId)).toContain(backupId)
  })
})

describe('the built main bundle in a packaged layout', () => {
  it('finds the templates and the renderer inside resources/app.asar, and ignores a dev server URL', async () => {
    builtApp()
    // electron-builder packs out/**, templates/** and package.json into resources/app.asar; Electron's fs
    // reads the archive as a folder, so a folder of that name stands in for it here.
    const appDir = join(mkdtempSync(join(tmpdir(), 'soantin-packaged-')), 'resources', 'app.asar')
    mkdirSync(appDir, { recursive: true })
    for (const part of ['out/main', 'out/preload', 'out/renderer', 'templates', 'package.json']) {
      cpSync(join(ROOT, part), join(appDir, part), { recursive: true })
    }
    // Only this copy has it: served means the handler reads the packaged folder, not the repository's.
    writeFileSync(join(appDir, 'out/renderer/packaged-only.txt'), 'app.asar')
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
    let started: Started
    try {
      started = await startMain(appDir, true)
    } finally {
      delete process.env.ELECTRON_RENDERER_URL
    }
    const win = started.shell.windows[0]!
    expect(win.loadedFile).toBeNull()
    expect(win.loadedUrl).toBe(APP_INDEX_URL)
    const marker = await fetchThrough(started, 'app://soantin/packaged-only.txt')
    expect(marker.status).toBe(200)
    expect(await marker.text()).toBe('app.asar')
    expect(win.options).toEqual(mainWindowOptions(join(appDir, 'out/preload/index.js')))
    const listed = (await call(started, IPC.listTemplates.channel)) as {
      ok: boolean
      templates: Array<{ template: { id: string } }>
      problems: string[]
    }
    expect(listed.problems).toEqual([])
    const ids = listed.templates.map((t) => t.template.id)
    expect(ids).toContain('giao-ban-thuong-truc-tinh-uy')
    expect(ids.length).toBeGreaterThanOrEqual(8)
  })

  it('opens the draft named on the command line', async () => {
    const draft = aDraft()
    const started = await startMain(builtApp(), false, [process.execPath, draft])
    const opened = (await call(started, IPC.openPendingFile.channel)) as { ok: boolean; fileName: string }
    expect(opened).toMatchObject({ ok: true, fileName: 'tuan-sau.soantin' })
  })
})

describe('the built preload bundle', () => {
  const preload = () => join(builtApp(), 'out/preload/index.js')

  it('is CommonJS and requires nothing but electron (a sandboxed preload can require nothing else)', () => {
    const source = readFileSync(preload(), 'utf8')
    expect(() => new Script(source, { filename: preload() })).not.toThrow()
    const shell = createElectronStandIn({ appPath: ROOT, userDataParent: tmpdir(), isPackaged: false })
    const { required } = loadBundle(preload(), shell.electron)
    expect([...new Set(required)]).toEqual(['electron'])
  })

  it('exposes exactly the contract functions, each calling its own channel, which main handles', async () => {
    const shell = createElectronStandIn({ appPath: ROOT, userDataParent: tmpdir(), isPackaged: false })
    loadBundle(preload(), shell.electron)
    expect([...shell.exposed.keys()]).toEqual(['soantin'])
    const api = shell.exposed.get('soantin') as Record<string, (arg?: unknown) => unknown>
    const names = Object.keys(IPC) as IpcName[]
    const events = Object.keys(EVENTS) as EventName[]
    expect(Object.keys(api).sort()).toEqual([...names, ...events.map(eventListenerName)].sort())
    for (const name of names) {
      shell.rendererInvokes.length = 0
      // Even handed an argument, a call that takes none puts nothing on the wire.
      await api[name]!({ sent: 'by the page' })
      const payloadFree = IPC[name].request === null
      expect(shell.rendererInvokes, name).toEqual([
        { channel: IPC[name].channel, args: payloadFree ? [] : [{ sent: 'by the page' }] },
      ])
    }

    const main = await startMain(ROOT, false)
    const invoked = new Set(names.map((name) => IPC[name].channel))
    expect([...main.shell.ipcHandlers.keys()].sort()).toEqual([...invoked].sort())
  })

  it("subscribes only to the contract's event channels, and only while a listener wants them", () => {
    const shell = createElectronStandIn({ appPath: ROOT, userDataParent: tmpdir(), isPackaged: false })
    loadBundle(preload(), shell.electron)
    expect([...shell.rendererListeners.keys()]).toEqual([])
    const api = shell.exposed.get('soantin') as Record<string, (listener: unknown) => () => void>
    const events = Object.keys(EVENTS) as EventName[]
    const stops = events.map((event) => api[eventListenerName(event)]!(() => undefined))
    expect([...shell.rendererListeners.entries()].sort()).toEqual(
      events.map((event) => [EVENTS[event].channel, 1]).sort(),
    )
    for (const stop of stops) stop()
    expect([...shell.rendererListeners.values()]).toEqual(events.map(() => 0))
  })

  it('hands a listener only well-formed events', () => {
    const shell = createElectronStandIn({ appPath: ROOT, userDataParent: tmpdir(), isPackaged: false })
    loadBundle(preload(), shell.electron)
    const api = shell.exposed.get('soantin') as Record<string, (listener: (p: unknown) => void) => () => void>
    const commands: unknown[] = []
    const progress: unknown[] = []
    api.onMenuCommand!((command) => commands.push(command))
    api.onExportProgress!((step) => progress.push(step))
    for (const bad of ['format-disk', null, { command: 'save' }]) shell.emitToRenderer(MENU_CHANNEL, bad)
    shell.emitToRenderer(MENU_CHANNEL, 'save')
    const progressChannel = EVENTS.exportProgress.channel
    for (const bad of ['docx', { format: 'pdf', done: 1, total: 2 }, { format: 'docx', done: 1, total: 0 }])
      shell.emitToRenderer(progressChannel, bad)
    shell.emitToRenderer(progressChannel, { format: 'html', done: 1, total: 2 })
    expect(commands).toEqual(['save'])
    expect(progress).toEqual([{ format: 'html', done: 1, total: 2 }])
  })
})

describe('the user data folder', () => {
  it('is <appData>/soantin, or the absolute folder SOANTIN_USER_DATA names', async () => {
    const plain = await startMain(builtApp(), false)
    expect(plain.shell.app.getPath('userData')).toBe(join(plain.shell.app.getPath('appData'), 'soantin'))
    const own = mkdtempSync(join(tmpdir(), 'soantin-profile-'))
    for (const [value, expected] of [
      [own, own],
      ['relative/folder', null],
    ] as const) {
      process.env.SOANTIN_USER_DATA = value
      try {
        const started = await startMain(builtApp(), false)
        const appData = started.shell.app.getPath('appData')
        expect(started.shell.app.getPath('userData')).toBe(expected ?? join(appData, 'soantin'))
      } finally {
        delete process.env.SOANTIN_USER_DATA
      }
    }
  })
})
