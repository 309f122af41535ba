import type { IpcRequest, IpcResponses } from '@shared/ipc/contract'
import type { UserDictionaryStore } from '@node/userDictionaryStore'
import { describeError, describeErrorEn } from '@shared/text/describeError'

/** The spell checker's user dictionary ("Thêm vào từ điển"). */
export function createUserDictionaryHandlers(store: UserDictionaryStore) {
  return {
    async listUserWords(): Promise<IpcResponses['listUserWords']> {
      const { words, warning } = await store.list()
      return { ok: true, words, warning: warning?.vi ?? null, warningEn: warning?.en }
    },

    async addUserWords({ words }: IpcRequest<'addUserWords'>): Promise<IpcResponses['addUserWords']> {
      try {
        return { ok: true, words: await store.add(words) }
      } catch (error) {
        return {
          ok: false,
          message: `Không thêm được vào từ điển riêng: ${describeError(error)}`,
          en: `Could not add to the user dictionary: ${describeErrorEn(error)}`,
        }
      }
    },
  }
}
