import { basename, extname } from 'node:path'
import type { IpcRequest, IpcResponses } from '@shared/ipc/contract'
import { writeFileAtomic } from '@node/atomicWrite'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import type { PeopleStore } from '@node/peopleStore'
import { SaveError } from '@node/saveErrors'
import { csvTooLarge, MAX_PEOPLE_CSV_BYTES, peopleFromCsv, peopleToCsv } from '@shared/people/peopleCsv'
import { describeError, describeErrorEn } from '@shared/text/describeError'
import type { Said } from '@shared/text/said'
import type { DialogPort } from './ports'

interface PeopleHandlerDeps {
  store: PeopleStore
  /** For importing and exporting CSV; without them those two answer with a message. */
  dialogs?: DialogPort
  fs?: FileSystem
}

const EXPORT_NAME = 'danh-ba-nguoi-chu-tri.csv'

const NO_DIALOG = {
  ok: false as const,
  message: 'Không mở được hộp thoại chọn tệp.',
  en: 'Could not open the file dialog.',
}

function failure(couldNot: Said, error: unknown) {
  if (error instanceof SaveError) return { ok: false as const, message: error.message, en: error.en }
  return {
    ok: false as const,
    message: `${couldNot.vi}: ${describeError(error)}`,
    en: `${couldNot.en}: ${describeErrorEn(error)}`,
  }
}

const SAVE_FAILED = { vi: 'Không lưu được danh bạ', en: 'Could not save the directory' }

/** The people directory: the list the panel suggests chairs from, and the dialog that edits it. */
export function createPeopleHandlers(deps: PeopleHandlerDeps) {
  const { store } = deps
  const fs = deps.fs ?? nodeFileSystem
  return {
    async listPeople(): Promise<IpcResponses['listPeople']> {
      const { people, warning } = await store.list()
      return { ok: true, people, warning: warning?.vi ?? null, warningEn: warning?.en }
    },

    async rememberPeople({ people }: IpcRequest<'rememberPeople'>): Promise<IpcResponses['rememberPeople']> {
      try {
        return { ok: true, people: await store.remember(people) }
      } catch (error) {
        return failure({ vi: 'Không ghi nhớ được người chủ trì', en: 'Could not remember the chairs' }, error)
      }
    },

    async savePerson({ original, person }: IpcRequest<'savePerson'>): Promise<IpcResponses['savePerson']> {
      try {
        const saved = await store.save(original, person)
        return saved.ok ? saved : { ok: false, message: saved.said.vi, en: saved.said.en, said: saved.said }
      } catch (error) {
        return failure(SAVE_FAILED, error)
      }
    },

    async deletePeople({ names }: IpcRequest<'deletePeople'>): Promise<IpcResponses['deletePeople']> {
      try {
        return { ok: true, people: await store.delete(names) }
      } catch (error) {
        return failure(SAVE_FAILED, error)
      }
    },

    async mergePeople({ names, keep }: IpcRequest<'mergePeople'>): Promise<IpcResponses['mergePeople']> {
      try {
        const merged = await store.merge(names, keep)
        return merged.ok
          ? merged
          : { ok: false, message: merged.said.vi, en: merged.said.en, said: merged.said }
      } catch (error) {
        return failure(SAVE_FAILED, error)
      }
    },

    async importPeople(): Promise<IpcResponses['importPeople']> {
      if (!deps.dialogs?.choosePeopleCsvToOpen) return NO_DIALOG
      const path = await deps.dialogs.choosePeopleCsvToOpen()
      if (!path) return { ok: false, canceled: true }
      const name = basename(path)
      let bytes: Uint8Array
      try {
        // Size first: a huge or endless file (a device, a FIFO) is refused before it is read.
        const info = await fs.stat(path)
        if (!info.isFile() || info.size > MAX_PEOPLE_CSV_BYTES) {
          const said = info.isFile()
            ? csvTooLarge(info.size)
            : { vi: 'Đây không phải một tệp.', en: 'This is not a file.' }
          return {
            ok: false,
            message: `Không nhập được “${name}”: ${said.vi}`,
            en: `Could not import “${name}”: ${said.en}`,
          }
        }
        bytes = await fs.readFile(path)
      } catch (error) {
        return failure({ vi: `Không đọc được “${name}”`, en: `Could not read “${name}”` }, error)
      }
      const read = peopleFromCsv(bytes)
      if (!read.ok) {
        // Nothing is imported; the officer fixes the lines named and imports again.
        return {
          ok: false,
          message: `Chưa nhập gì từ “${name}”: ${read.problems.map((p) => p.vi).join(' ')}`,
          en: `Nothing was imported from “${name}”: ${read.problems.map((p) => p.en).join(' ')}`,
        }
      }
      try {
        const { people, added, updated } = await store.import(read.people)
        return { ok: true, people, added, updated }
      } catch (error) {
        return failure(SAVE_FAILED, error)
      }
    },

    async exportPeople(): Promise<IpcResponses['exportPeople']> {
      if (!deps.dialogs?.chooseExportPath) return NO_DIALOG
      const chosen = await deps.dialogs.chooseExportPath('csv', EXPORT_NAME)
      if (!chosen) return { ok: false, canceled: true }
      const path = extname(chosen).toLowerCase() === '.csv' ? chosen : `${chosen}.csv`
      try {
        const { people } = await store.list()
        await writeFileAtomic(path, new TextEncoder().encode(peopleToCsv(people)), fs)
        return { ok: true, fileName: basename(path), count: people.length }
      } catch (error) {
        return failure({ vi: 'Không xuất được danh bạ', en: 'Could not export the directory' }, error)
      }
    },
  }
}
