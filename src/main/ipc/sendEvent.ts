import { EVENTS, type EventName, type SoanTinEvents } from '@shared/ipc/contract'

/** What an event goes through: a window's `webContents` (or a test's stand-in). */
export interface RendererTarget {
  send(channel: string, payload: unknown): void
}

/**
 * Sends the renderer one event of the contract on its channel. The payload is checked against the
 * event's schema first: the renderer would drop a malformed one, so sending it is a bug said out loud.
 * No window (closed, not open yet): nothing is sent.
 */
export function sendEvent<K extends EventName>(
  target: RendererTarget | null | undefined,
  event: K,
  payload: SoanTinEvents[K],
): void {
  // The type already refuses an undeclared event; this stops one that got past it (a cast, plain JS).
  const entry = Object.hasOwn(EVENTS, event) ? EVENTS[event] : undefined
  if (!entry) throw new Error(`Sự kiện không có trong hợp đồng IPC: ${String(event)}`)
  if (!entry.payload.safeParse(payload).success) {
    throw new Error(`Dữ liệu không hợp lệ cho sự kiện ${event}: ${JSON.stringify(payload)}`)
  }
  target?.send(entry.channel, payload)
}
