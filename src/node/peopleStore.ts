import type { Said } from '@shared/text/said'
import { join } from 'node:path'
import type { Person } from '@shared/model/person'
import {
  peopleFileSchema,
  rememberPeople,
  sortPeople,
  type PeopleFile,
  type PersonRecord,
} from '@shared/people/people'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { JsonFileStore } from './jsonFileStore'

const PEOPLE_FILE = 'people.json'

/**
 * The people the officer has named as chairs, in the user data folder. A damaged file is set aside
 * (never deleted) and the list starts again; changes run one after another so none is lost.
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
    const saved = await this.file.update((current) => ({
      version: 1,
      people: rememberPeople(sortPeople(current.people), used, this.clock()),
    }))
    return saved.people
  }
}
