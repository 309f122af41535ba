import type { IpcRequest, IpcResponses } from '@shared/ipc/contract'
import type { SettingsStore } from '@node/settingsStore'
import { describeError, describeErrorEn } from '@shared/text/describeError'

/** The officer's settings: profile, units with their annual themes, print layout. */
export function createSettingsHandlers(store: SettingsStore) {
  return {
    async getSettings(): Promise<IpcResponses['getSettings']> {
      const { settings, warning } = await store.load()
      return { ok: true, settings, warning: warning?.vi ?? null, warningEn: warning?.en }
    },

    async saveSettings({ settings }: IpcRequest<'saveSettings'>): Promise<IpcResponses['saveSettings']> {
      try {
        await store.save(settings)
        return { ok: true, settings: (await store.load()).settings }
      } catch (error) {
        return {
          ok: false,
          message: `Không lưu được cài đặt: ${describeError(error)}`,
          en: `Could not save the settings: ${describeErrorEn(error)}`,
        }
      }
    },
  }
}
