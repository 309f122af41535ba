import { IPC, MENU_COMMANDS, type IpcName, type MenuCommand, type SoanTinApi } from './contract'

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>
export type SubscribeMenu = (listener: (command: unknown) => void) => () => void

/**
 * Builds the renderer's API from the contract: one named function per entry, never a raw channel.
 * The preload passes `ipcRenderer.invoke`; the e2e harness passes a binding to the same handlers.
 */
export function buildApi(invoke: Invoke, subscribeMenu: SubscribeMenu): SoanTinApi {
  const api: Record<string, unknown> = {}
  for (const name of Object.keys(IPC) as IpcName[]) {
    const channel = IPC[name].channel
    api[name] = (request: unknown) => invoke(channel, request ?? null)
  }
  api.onMenuCommand = (listener: (command: MenuCommand) => void) =>
    subscribeMenu((command) => {
      if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) {
        listener(command as MenuCommand)
      }
    })
  return api as SoanTinApi
}
