import { describe, expect, it } from 'vitest'
import { buildApi, type Subscribe } from '@shared/ipc/buildApi'
import { EVENTS, IPC, type EventChannel, type EventName, type IpcName } from '@shared/ipc/contract'
import { eventListenerName } from '@shared/ipc/eventListenerName'
import { createEmptyReport } from '@shared/model/report'

const NAMES = Object.keys(IPC) as IpcName[]
const EVENT_NAMES = Object.keys(EVENTS) as EventName[]

/** An API over recording stand-ins for `ipcRenderer.invoke` and the preload's subscribe. */
function recordingApi() {
  const invoked: Array<{ channel: string; args: unknown[] }> = []
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const subscribe: Subscribe = (channel, listener) => {
    const set = listeners.get(channel) ?? new Set()
    listeners.set(channel, set.add(listener))
    return () => void set.delete(listener)
  }
  const api = buildApi(async (channel, ...args) => void invoked.push({ channel, args }), subscribe)
  const emit = (channel: EventChannel, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload))
  return { api, invoked, listeners, emit }
}

describe('the renderer API built from the contract', () => {
  it('has one function per call and one on<Event> per event, nothing else', () => {
    const { api } = recordingApi()
    expect(Object.keys(api).sort()).toEqual([...NAMES, 'onMenuCommand', 'onExportProgress'].sort())
    expect(EVENT_NAMES.map(eventListenerName).sort()).toEqual(['onExportProgress', 'onMenuCommand'])
  })

  it('puts nothing on the wire for a call that takes no payload, even when handed one', async () => {
    const { api, invoked } = recordingApi()
    await api.getAppInfo()
    await api.listTemplates()
    // @ts-expect-error a call without a payload takes no argument
    await api.getAppInfo(null)
    expect(invoked).toEqual([
      { channel: IPC.getAppInfo.channel, args: [] },
      { channel: IPC.listTemplates.channel, args: [] },
      { channel: IPC.getAppInfo.channel, args: [] },
    ])
  })

  it('sends the payload of a call that takes one, on its own channel', async () => {
    const { api, invoked } = recordingApi()
    const report = createEmptyReport({ id: 'goi', now: new Date('2026-12-02T00:00:00Z') })
    await api.exportDocx({ report })
    await api.openExternal({ url: 'https://example.com/' })
    // @ts-expect-error a call with a payload needs it
    await api.saveSettings()
    expect(invoked).toEqual([
      { channel: IPC.exportDocx.channel, args: [{ report }] },
      { channel: IPC.openExternal.channel, args: [{ url: 'https://example.com/' }] },
      { channel: IPC.saveSettings.channel, args: [undefined] },
    ])
  })

  it('subscribes only to the channels of EVENTS, one per event', () => {
    const { api, listeners } = recordingApi()
    api.onMenuCommand(() => undefined)
    api.onExportProgress(() => undefined)
    expect([...listeners.keys()].sort()).toEqual(EVENT_NAMES.map((e) => EVENTS[e].channel).sort())
  })

  it('never hands a listener a menu command the contract does not declare', () => {
    const { api, emit } = recordingApi()
    const seen: string[] = []
    const stop = api.onMenuCommand((command) => seen.push(command))
    for (const bad of ['format-disk', '', null, undefined, 42, ['save'], { command: 'save' }, 'SAVE']) {
      emit(EVENTS.menuCommand.channel, bad)
    }
    emit(EVENTS.menuCommand.channel, 'save')
    emit(EVENTS.exportProgress.channel, 'open')
    stop()
    emit(EVENTS.menuCommand.channel, 'open')
    expect(seen).toEqual(['save'])
  })

  it('never hands a listener a malformed progress step', () => {
    const { api, emit } = recordingApi()
    const seen: unknown[] = []
    api.onExportProgress((progress) => seen.push(progress))
    for (const bad of [
      null,
      'docx',
      { format: 'pdf', done: 1, total: 2 },
      { format: 'docx', done: -1, total: 2 },
      { format: 'docx', done: 1.5, total: 2 },
      { format: 'docx', done: 1 },
    ]) {
      emit(EVENTS.exportProgress.channel, bad)
    }
    emit(EVENTS.exportProgress.channel, { format: 'docx', done: 2, total: 4 })
    expect(seen).toEqual([{ format: 'docx', done: 2, total: 4 }])
  })
})
