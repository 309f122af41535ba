import {
  exportProgressSchema,
  IPC,
  MENU_COMMANDS,
  type ExportProgress,
  type IpcName,
  type MenuCommand,
  type SoanTinApi,
} from './contract'

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>
export type SubscribeMenu = (listener: (command: unknown) => void) => () => void
/** Subscribes to one main → renderer event channel; returns the unsubscribe function. */
export type SubscribeEvent = (listener: (payload: unknown) => void) => () => void

/**
 * Builds the renderer's API from the contract: one named function per entry, never a raw channel.
 * The preload passes `ipcRenderer.invoke`; the e2e harness passes a binding to the same handlers.
 * Event payloads are checked here, so a listener only ever sees a well-formed event.
 */
export function buildApi(
  invoke: Invoke,
  subscribeMenu: SubscribeMenu,
  subscribeProgress: SubscribeEvent,
): SoanTinApi {
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
  api.onExportProgress = (listener: (progress: ExportProgress) => void) =>
    subscribeProgress((payload) => {
      const parsed = exportProgressSchema.safeParse(payload)
      if (parsed.success) listener(parsed.data)
    })
  return api as SoanTinApi
}
