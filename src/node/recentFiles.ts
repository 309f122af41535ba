import { createHash } from 'node:crypto'
import { basename, dirname, resolve } from 'node:path'
import { z } from '@shared/model/zodLocale'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { JsonFileStore } from './jsonFileStore'

export const RECENT_FILES_NAME = 'recent-files.json'
const MAX_RECENT_FILES = 10

const storedSchema = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string().min(1), usedAt: z.iso.datetime() })),
})
type Stored = z.infer<typeof storedSchema>

/** What the renderer sees of a recent file: a name to show and an opaque id to send back, never a path. */
interface RecentFile {
  id: string
  fileName: string
  /** The folder's own name, to tell two files of the same name apart. */
  folder: string
  usedAt: string
  missing: boolean
}

/** An id derived from the path: stable across listings, meaningless to anyone without the list. */
export function recentFileId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 24)
}

/**
 * The recent-files list, owned by main and kept in the user data folder. A damaged list is treated
 * as empty (it holds nothing the officer wrote) and set aside by the JSON file store.
 */
export class RecentFiles {
  private cache: Stored | null = null
  /** Changes run one after another, so two quick opens cannot drop each other's entry. */
  private queue: Promise<void> = Promise.resolve()
  private readonly listeners = new Set<() => void>()
  private readonly stored: JsonFileStore<Stored>

  constructor(
    file: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly fs: FileSystem = nodeFileSystem,
    private readonly max: number = MAX_RECENT_FILES,
  ) {
    this.stored = new JsonFileStore({
      path: file,
      schema: storedSchema,
      version: 1,
      fallback: () => ({ version: 1, files: [] }),
      label: {
        name: 'Danh sách tệp mở gần đây',
        fallback: 'nên được lập lại',
        nameEn: 'recent files list',
        fallbackEn: 'so it was started afresh',
      },
      fs,
      clock,
    })
  }

  /** Called after every change, so the menu can be rebuilt. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async paths(): Promise<string[]> {
    return (await this.load()).files.map((f) => f.path)
  }

  async list(): Promise<RecentFile[]> {
    const { files } = await this.load()
    return Promise.all(
      files.map(async (f) => ({
        id: recentFileId(f.path),
        fileName: basename(f.path),
        folder: basename(dirname(f.path)),
        usedAt: f.usedAt,
        missing: !(await this.isFile(f.path)),
      })),
    )
  }

  /** The path behind an id from `list()`, or null for an id this list never gave out. */
  async resolve(id: string): Promise<string | null> {
    const { files } = await this.load()
    return files.find((f) => recentFileId(f.path) === id)?.path ?? null
  }

  /** Puts a file at the top of the list. */
  add(path: string): Promise<void> {
    const absolute = resolve(path)
    return this.change((files) => [
      { path: absolute, usedAt: this.clock().toISOString() },
      ...files.filter((f) => f.path !== absolute),
    ])
  }

  remove(path: string): Promise<void> {
    const absolute = resolve(path)
    return this.change((files) => files.filter((f) => f.path !== absolute))
  }

  private change(edit: (files: Stored['files']) => Stored['files']): Promise<void> {
    const run = this.queue.then(async () => {
      const { files } = await this.load()
      const next = edit(files).slice(0, this.max)
      if (JSON.stringify(next) === JSON.stringify(files)) return
      await this.store({ version: 1, files: next })
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private async isFile(path: string): Promise<boolean> {
    try {
      return (await this.fs.stat(path)).isFile()
    } catch {
      return false
    }
  }

  private async load(): Promise<Stored> {
    this.cache ??= (await this.stored.load()).value
    return this.cache
  }

  private async store(next: Stored): Promise<void> {
    this.cache = next
    await this.stored.save(next)
    for (const listener of this.listeners) listener()
  }
}
