import type { SoanTinApi } from '@shared/ipc/contract'

declare global {
  interface Window {
    soantin: SoanTinApi
  }
}

/** The preload's API; the only way the UI reaches the disk or the OS. */
export function api(): SoanTinApi {
  return window.soantin
}
