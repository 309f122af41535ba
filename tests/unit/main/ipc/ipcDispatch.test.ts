import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, type Handlers } from '@main/handlers/createHandlers'
import type { DialogPort } from '@main/handlers/ports'
import { dispatchIpc, ipcNameForChannel } from '@main/ipc/dispatch'
import { IPC, type IpcName } from '@shared/ipc/contract'
import { createEmptyReport } from '@shared/model/report'

const NAMES = Object.keys(IPC) as IpcName[]

class RecordingDialogs implements DialogPort {
  readonly asked: string[] = []
  constructor(private readonly folder: string) {}
  async chooseDraftToOpen(): Promise<string | null> {
    this.asked.push('open')
    return null
  }
  async chooseDraftSavePath(defaultFileName: string): Promise<string | null> {
    this.asked.push('save')
    return join(this.folder, defaultFileName)
  }
}

/** Handlers that only record that they ran: the dispatcher must stop bad calls before them. */
function recordingHandlers(calls: string[]): Handlers {
  const entries = NAMES.map((name) => [name, async () => void calls.push(name)])
  return Object.fromEntries(entries) as unknown as Handlers
}

describe('IPC dispatch', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('knows every contract channel, each under one name', () => {
    const channels = NAMES.map((name) => IPC[name].channel)
    expect(new Set(channels).size).toBe(channels.length)
    for (const name of NAMES) expect(ipcNameForChannel(IPC[name].channel)).toBe(name)
  })

  it.each([
    'draft:delete',
    'fs:read-file',
    '',
    '__proto__',
    'constructor',
    'toString',
    'DRAFT:OPEN',
    ' draft:open',
  ])('refuses the unknown channel %j with a Vietnamese message and runs nothing', async (channel) => {
    const calls: string[] = []
    await expect(dispatchIpc(recordingHandlers(calls), channel, null)).rejects.toThrow(
      /Kênh IPC không hợp lệ/,
    )
    expect(calls).toEqual([])
  })

  it.each(NAMES)('refuses a payload of the wrong shape on %s before its handler runs', async (name) => {
    const calls: string[] = []
    for (const payload of [42, 'x', [], { unexpected: { nested: true } }]) {
      const result = await dispatchIpc(recordingHandlers(calls), IPC[name].channel, payload)
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/không hợp lệ/) })
    }
    expect(calls).toEqual([])
  })

  it.each(NAMES.filter((name) => IPC[name].request === null))(
    'runs %s, which takes no payload, only when nothing was sent',
    async (name) => {
      const calls: string[] = []
      for (const payload of [null, {}, 0, '', false]) {
        const result = await dispatchIpc(recordingHandlers(calls), IPC[name].channel, payload)
        expect(result).toEqual({
          ok: false,
          message: 'Dữ liệu gửi từ giao diện không hợp lệ (lệnh này không nhận dữ liệu).',
          said: {
            vi: 'Dữ liệu gửi từ giao diện không hợp lệ (lệnh này không nhận dữ liệu).',
            en: 'The window sent invalid data (this command takes none).',
          },
        })
      }
      expect(calls).toEqual([])
      await dispatchIpc(recordingHandlers(calls), IPC[name].channel)
      expect(calls).toEqual([name])
    },
  )

  it('passes a valid payload to its handler', async () => {
    const calls: string[] = []
    await dispatchIpc(recordingHandlers(calls), IPC.openExternal.channel, { url: 'https://example.com/' })
    expect(calls).toEqual(['openExternal'])
  })

  it('writes nothing and asks no dialog when the report in a save request is invalid', async () => {
    const dialogs = new RecordingDialogs(dir)
    const handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: process.platform, locale: 'vi' },
      dialogs,
      shell: { openExternal: async () => undefined },
      userDataDir: join(dir, 'userData'),
      templatesDir: join(dir, 'templates'),
    })
    const report = createEmptyReport({ id: 'r1', now: new Date('2022-09-19T08:00:00Z') })
    const broken = [
      { ...report, format: 'other-app' },
      { ...report, version: 99 },
      { ...report, body: { type: 'script', text: 'alert(1)' } },
      { ...report, assets: { a: { mime: 'text/html', data: 'PHNjcmlwdD4=', name: 'x.html' } } },
    ]
    for (const bad of broken) {
      const result = await dispatchIpc(handlers, IPC.saveDraftAs.channel, { docToken: null, report: bad })
      expect(result).toMatchObject({
        ok: false,
        message: expect.stringContaining('Dữ liệu gửi từ giao diện'),
      })
    }
    expect(dialogs.asked).toEqual([])
    expect(readdirSync(dir).filter((name) => name.endsWith('.soantin'))).toEqual([])

    const saved = await dispatchIpc(handlers, IPC.saveDraftAs.channel, { docToken: null, report })
    expect(saved).toMatchObject({ ok: true })
    expect(dialogs.asked).toEqual(['save'])
    expect(readdirSync(dir).filter((name) => name.endsWith('.soantin'))).toHaveLength(1)
  })

  it('opens only vetted web links in the system browser', async () => {
    const opened: string[] = []
    const handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: process.platform, locale: 'vi' },
      dialogs: new RecordingDialogs(dir),
      shell: { openExternal: async (url) => void opened.push(url) },
      userDataDir: join(dir, 'userData'),
      templatesDir: join(dir, 'templates'),
    })
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ms-msdt:/id x',
      'https://u:p@example.com/',
    ]) {
      const result = await dispatchIpc(handlers, IPC.openExternal.channel, { url })
      expect(result).toEqual({
        ok: false,
        message: 'Chỉ mở được liên kết web (http, https).',
        said: { vi: 'Chỉ mở được liên kết web (http, https).', en: expect.any(String) },
      })
    }
    const tooLong = await dispatchIpc(handlers, IPC.openExternal.channel, {
      url: `https://e.vn/${'a'.repeat(2100)}`,
    })
    expect(tooLong).toMatchObject({ ok: false })
    expect(opened).toEqual([])

    expect(await dispatchIpc(handlers, IPC.openExternal.channel, { url: 'https://example.com/' })).toEqual({
      ok: true,
    })
    expect(opened).toEqual(['https://example.com/'])
  })

  it('does not let a payload pollute Object.prototype', async () => {
    const calls: string[] = []
    const payload: unknown = JSON.parse('{"url":"https://example.com/","__proto__":{"polluted":"yes"}}')
    await dispatchIpc(recordingHandlers(calls), IPC.openExternal.channel, payload)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(calls).toEqual(['openExternal'])
  })
})
