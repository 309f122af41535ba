// Runs in the page, bundled by pageApiScript.ts: `window.soantin` built by the preload's own buildApi.
import { buildApi } from '@shared/ipc/buildApi'
import { openEnvelope, type IpcEnvelope } from './ipcEnvelope'

const w = globalThis as unknown as Record<string, unknown> & {
  __soantinIpc(channel: string, ...payload: [] | [unknown]): Promise<IpcEnvelope>
}
const listeners = new Map<string, Set<(payload: unknown) => void>>()

w.soantin = buildApi(
  async (channel, ...payload) => openEnvelope(await w.__soantinIpc(channel, ...payload)),
  (channel, listener) => {
    const set = listeners.get(channel) ?? new Set()
    listeners.set(channel, set.add(listener))
    return () => void set.delete(listener)
  },
)
/** What `webContents.send` does in the app: the harness's main side delivers events through here. */
w.__soantinEmit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload))
