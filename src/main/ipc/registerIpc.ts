import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { IPC, type IpcName } from '@shared/ipc/contract'
import type { Handlers } from '../handlers/createHandlers'
import { isTrustedRendererUrl, type AppEntry } from '../security/policy'
import { dispatchIpc } from './dispatch'

/** Registers every contract channel; a message from anything but the app's own page is refused. */
export function registerIpc(handlers: Handlers, entry: AppEntry): void {
  for (const name of Object.keys(IPC) as IpcName[]) {
    const channel = IPC[name].channel
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const url = event.senderFrame?.url ?? ''
      if (!isTrustedRendererUrl(url, entry)) throw new Error('Yêu cầu IPC từ nguồn không tin cậy bị từ chối.')
      return dispatchIpc(handlers, channel, payload)
    })
  }
}
