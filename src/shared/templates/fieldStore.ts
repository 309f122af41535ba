import type { ReportFields } from '../model/fields'
import { deepNfc } from '../text/normalize'
import { nfcSharing } from './nfcSharing'

type FieldsListener = (fields: ReportFields) => void

/**
 * The report's structured fields while it is open: the panel writes them, the editor's field views
 * and the save read them. Each change replaces the object, so React can compare snapshots.
 */
export class FieldStore {
  private fields: ReportFields
  private readonly listeners = new Set<FieldsListener>()

  constructor(initial: ReportFields) {
    this.fields = deepNfc(initial)
  }

  get = (): ReportFields => this.fields

  set(next: ReportFields): void {
    if (next === this.fields) return
    // Parts the change did not touch keep their identity, so views of them can skip re-rendering.
    this.fields = nfcSharing(next)
    for (const listener of [...this.listeners]) listener(this.fields)
  }

  update(change: (current: ReportFields) => ReportFields): void {
    this.set(change(this.fields))
  }

  /** Called after every change; returns the unsubscribe function. */
  subscribe = (listener: FieldsListener): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  get listenerCount(): number {
    return this.listeners.size
  }
}
