import type { Said } from '@shared/text/said'
import { SaidError } from '@shared/text/said'
import { join } from 'node:path'
import type { Person } from '@shared/model/person'
import {
  peopleFileSchema,
  rememberPeople,
  sortPeople,
  type DirectoryEntry,
  type PeopleFile,
  type PersonRecord,
} from '@shared/people/people'
import { deletePeopleFrom, importPeopleInto, mergePeopleIn, savePersonIn } from '@shared/people/directory'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { JsonFileStore } from './jsonFileStore'

const PEOPLE_FILE = 'people.json'

type Edit = { ok: true; people: PersonRecord[] } | { ok: false; said: Said }

/**
 * The people directory (the chairs used before and the people the officer added), in the user data
 * folder. A damaged file is set aside (never deleted) and the list starts again; changes run one after
 * another so none is lost. Files from before the directory (no unit, no periods) read as they are.
 */
export class PeopleStore {
  private readonly file: JsonFileStore<PeopleFile>

  constructor(
    dir: string,
    private readonly clock: () => Date = () => new Date(),
    fs: FileSystem = nodeFileSystem,
  ) {
    this.file = new JsonFileStore({
      path: join(dir, PEOPLE_FILE),
      schema: peopleFileSchema,
      version: 1,
      fallback: () => ({ version: 1, people: [] }),
      label: {
        name: 'Danh sách người chủ trì',
        fallback: 'nên được lập lại',
        nameEn: 'list of chairs',
        fallbackEn: 'so it was started afresh',
      },
      fs,
      clock,
    })
  }

  get path(): string {
    return this.file.path
  }

  /** Everyone remembered, in Vietnamese order, and a warning when a damaged file was set aside. */
  async list(): Promise<{ people: PersonRecord[]; warning: Said | null }> {
    const { value, warning } = await this.file.load()
    return { people: sortPeople(value.people), warning }
  }

  /** Adds or updates the given people and returns the whole list. */
  async remember(used: readonly Person[]): Promise<PersonRecord[]> {
    return this.change((people) => rememberPeople(sortPeople(people), used, this.clock()))
  }

  /** Adds a person (`original` null) or changes the one named `original`. */
  save(original: string | null, entry: DirectoryEntry): Promise<Edit> {
    return this.edit((people) => savePersonIn(people, original, entry))
  }

  delete(names: readonly string[]): Promise<PersonRecord[]> {
    return this.change((people) => deletePeopleFrom(people, names))
  }

  /** Several entries of one person become the one named `keep`. */
  merge(names: readonly string[], keep: string): Promise<Edit> {
    return this.edit((people) => mergePeopleIn(people, names, keep))
  }

  /** People read from a CSV file joined to the directory, with how many were new and how many known. */
  async import(
    entries: readonly DirectoryEntry[],
  ): Promise<{ people: PersonRecord[]; added: number; updated: number }> {
    let counts = { added: 0, updated: 0 }
    const people = await this.change((current) => {
      const result = importPeopleInto(current, entries)
      counts = { added: result.added, updated: result.updated }
      return result.people
    })
    return { people, ...counts }
  }

  private async change(apply: (people: PersonRecord[]) => PersonRecord[]): Promise<PersonRecord[]> {
    const saved = await this.file.update((current) => ({ version: 1, people: apply(current.people) }))
    return saved.people
  }

  /** A change the directory may refuse (a clash of names): a refusal writes nothing. */
  private async edit(apply: (people: PersonRecord[]) => Edit): Promise<Edit> {
    try {
      return {
        ok: true,
        people: await this.change((people) => {
          const result = apply(people)
          if (!result.ok) throw new SaidError(result.said.vi, result.said.en)
          return result.people
        }),
      }
    } catch (error) {
      if (error instanceof SaidError) return { ok: false, said: { vi: error.message, en: error.en } }
      throw error
    }
  }
}
