import { useSyncExternalStore } from 'react'
import type { ReportFields } from '@shared/model/fields'
import type { FieldStore } from '@shared/templates/fieldStore'

/** The store's current fields; the component re-renders when they change. */
export function useFields(store: FieldStore): ReportFields {
  return useSyncExternalStore(store.subscribe, store.get)
}
