import { EVENTS, IPC, type EventChannel, type EventName, type IpcName, type SoanTinApi } from './contract'
import { eventListenerName } from './eventListenerName'

/** Calls main on a contract channel; a call that takes no payload passes none (nothing on the wire). */
type Invoke = (channel: string, ...payload: [] | [unknown]) => Promise<unknown>
/** Subscribes to one channel of `EVENTS`; returns the unsubscribe function. */
export type Subscribe = (channel: EventChannel, listener: (payload: unknown) => void) => () => void

/**
 * Builds the renderer's API from the contract: one named function per call and one `on<Event>` per
 * event, never a raw channel. The preload passes `ipcRenderer`; the e2e harness a binding to the same
 * handlers. Event payloads are checked here, so a listener only ever sees a well-formed event.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): SoanTinApi {
  const api: Record<string, unknown> = {}
  for (const name of Object.keys(IPC) as IpcName[]) {
    const { channel, request } = IPC[name]
    api[name] = request === null ? () => invoke(channel) : (payload: unknown) => invoke(channel, payload)
  }
  for (const event of Object.keys(EVENTS) as EventName[]) {
    const { channel, payload: schema } = EVENTS[event]
    api[eventListenerName(event)] = (listener: (payload: unknown) => void) =>
      subscribe(channel, (payload) => {
        const parsed = schema.safeParse(payload)
        if (parsed.success) listener(parsed.data)
      })
  }
  return api as SoanTinApi
}
