import { IPC, type IpcName } from '../../shared/ipc/contract'
import type { Handlers } from '../handlers/createHandlers'

const NAME_BY_CHANNEL = new Map<string, IpcName>(
  (Object.keys(IPC) as IpcName[]).map((name) => [IPC[name].channel, name]),
)

export function ipcNameForChannel(channel: string): IpcName | undefined {
  return NAME_BY_CHANNEL.get(channel)
}

/**
 * Validates a renderer payload against the contract and runs its handler. Electron's registration and
 * the e2e harness both go through here, so both get the same checks.
 */
export async function dispatchIpc(handlers: Handlers, channel: string, payload: unknown): Promise<unknown> {
  const name = NAME_BY_CHANNEL.get(channel)
  if (!name) throw new Error(`Kênh IPC không hợp lệ: ${channel}`)
  const parsed = IPC[name].request.safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'dữ liệu'
    return {
      ok: false,
      message: `Dữ liệu gửi từ giao diện không hợp lệ (${where}: ${issue?.message ?? ''}).`,
    }
  }
  const handler = handlers[name] as (request: unknown) => Promise<unknown>
  return handler(parsed.data)
}
