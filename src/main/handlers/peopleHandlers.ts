import type { IpcRequest, IpcResponses } from '@shared/ipc/contract'
import type { PeopleStore } from '@node/peopleStore'
import { describeError, describeErrorEn } from '@shared/text/describeError'

/** The people-and-titles list the panel suggests chairs from. */
export function createPeopleHandlers(store: PeopleStore) {
  return {
    async listPeople(): Promise<IpcResponses['listPeople']> {
      const { people, warning } = await store.list()
      return { ok: true, people, warning: warning?.vi ?? null, warningEn: warning?.en }
    },

    async rememberPeople({ people }: IpcRequest<'rememberPeople'>): Promise<IpcResponses['rememberPeople']> {
      try {
        return { ok: true, people: await store.remember(people) }
      } catch (error) {
        return {
          ok: false,
          message: `Không ghi nhớ được người chủ trì: ${describeError(error)}`,
          en: `Could not remember the chairs: ${describeErrorEn(error)}`,
        }
      }
    },
  }
}
