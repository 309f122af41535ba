import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '@shared/ipc/buildApi'
import { EXPORT_PROGRESS_CHANNEL, MENU_EVENT_CHANNEL } from '@shared/ipc/contract'

const api = buildApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, command: unknown) => listener(command)
    ipcRenderer.on(MENU_EVENT_CHANNEL, wrapped)
    return () => ipcRenderer.removeListener(MENU_EVENT_CHANNEL, wrapped)
  },
  (listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, progress: unknown) => listener(progress)
    ipcRenderer.on(EXPORT_PROGRESS_CHANNEL, wrapped)
    return () => ipcRenderer.removeListener(EXPORT_PROGRESS_CHANNEL, wrapped)
  },
)

contextBridge.exposeInMainWorld('soantin', api)
