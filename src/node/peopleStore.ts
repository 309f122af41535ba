import { join } from 'node:path'
import type { Person } from '@shared/model/person'
import { peopleFileSchema, rememberPeople, sortPeople, type PersonRecord } from '@shared/people/people'
import { deepNfc } from '@shared/text/normalize'
import { writeFileAtomic } from './atomicWrite'
import { nodeFileSystem, type FileSystem } from './fileSystem'

export const PEOPLE_FILE = 'people.json'

/**
 * The people the officer has named as chairs, in the user data folder. A damaged file is set aside
 * (never deleted) and the list starts again; changes run one after another so none is lost.
 */
export class PeopleStore {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly dir: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  get path(): string {
    return join(this.dir, PEOPLE_FILE)
  }

  /** Everyone remembered, in Vietnamese order, and a warning when a damaged file was set aside. */
  async list(): Promise<{ people: PersonRecord[]; warning: string | null }> {
    let bytes: Uint8Array
    try {
      bytes = await this.fs.readFile(this.path)
    } catch {
      return { people: [], warning: null }
    }
    try {
      const raw: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
      const parsed = peopleFileSchema.safeParse(deepNfc(raw))
      if (parsed.success) return { people: sortPeople(parsed.data.people), warning: null }
    } catch {
      // Set aside below.
    }
    const aside = `${this.path}.hong-${this.clock().getTime()}`
    await this.fs.rename(this.path, aside).catch(() => undefined)
    return {
      people: [],
      warning: `Danh sách người chủ trì bị hỏng nên được lập lại; bản cũ được giữ ở "${aside}".`,
    }
  }

  /** Adds or updates the given people and returns the whole list. */
  remember(used: readonly Person[]): Promise<PersonRecord[]> {
    const run = this.queue.then(async () => {
      const { people } = await this.list()
      const next = rememberPeople(people, used, this.clock())
      await this.fs.mkdir(this.dir)
      const text = JSON.stringify({ version: 1, people: next }, null, 2) + '\n'
      await writeFileAtomic(this.path, new TextEncoder().encode(text), this.fs)
      return next
    })
    this.queue = run.catch(() => undefined)
    return run
  }
}
