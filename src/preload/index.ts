import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '@shared/ipc/buildApi'
import { EVENTS } from '@shared/ipc/contract'

const EVENT_CHANNELS: ReadonlySet<string> = new Set(Object.values(EVENTS).map((event) => event.channel))

const api = buildApi(
  (channel, ...payload) => ipcRenderer.invoke(channel, ...payload),
  (channel, listener) => {
    // buildApi only asks for the contract's channels; refuse anything else all the same.
    if (!EVENT_CHANNELS.has(channel)) throw new Error(`Kênh sự kiện không hợp lệ: ${channel}`)
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => ipcRenderer.removeListener(channel, wrapped)
  },
)

contextBridge.exposeInMainWorld('soantin', api)
