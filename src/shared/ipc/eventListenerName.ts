import type { EventListenerName, EventName } from './contract'

/** The renderer API's subscribe function for an event of `EVENTS`: `menuCommand` → `onMenuCommand`. */
export function eventListenerName<K extends EventName>(event: K): EventListenerName<K> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as EventListenerName<K>
}
