import { basename, dirname } from 'node:path'
import type { z } from '@shared/model/zodLocale'
import { deepNfc } from '@shared/text/normalize'
import type { Said } from '@shared/text/said'
import { writeFileAtomic } from './atomicWrite'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { SaveError, errnoCode } from './saveErrors'

interface JsonFileStoreOptions<T> {
  path: string
  /** Checks what is read (after NFC) and what is written; its `version` is the one this app writes. */
  schema: z.ZodType<T>
  version: number
  /** What the officer gets when there is no usable file. */
  fallback: () => T
  /** How warnings name the file and what happens instead: "Tệp cài đặt", "nên đã dùng cài đặt mặc định". */
  label: { name: string; fallback: string; nameEn: string; fallbackEn: string }
  fs?: FileSystem
  clock?: () => Date
}

interface LoadedJson<T> {
  value: T
  /** Set when a damaged or other-version file was met, for the officer. */
  warning: Said | null
}

const versionOf = (raw: unknown): unknown =>
  typeof raw === 'object' && raw !== null && 'version' in raw ? raw.version : undefined

/**
 * One JSON file in the user data folder, read through a schema and written atomically. A file that is
 * damaged or of another version gives the fallback and a warning, and is renamed aside
 * ("<name>.hong-<time>"), never overwritten: when it cannot be moved, saving refuses until it is.
 * Writes run one after another, so the last one asked for is the one on disk.
 */
export class JsonFileStore<T> {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly fs: FileSystem
  private readonly clock: () => Date
  /** True while a damaged file we could not move aside is still at `path`. */
  private blocked = false

  constructor(private readonly options: JsonFileStoreOptions<T>) {
    this.fs = options.fs ?? nodeFileSystem
    this.clock = options.clock ?? (() => new Date())
  }

  get path(): string {
    return this.options.path
  }

  /** The stored value, or the fallback (a missing or unreadable file is simply "nothing saved yet"). */
  async load(): Promise<LoadedJson<T>> {
    let bytes: Uint8Array
    try {
      bytes = await this.fs.readFile(this.path)
    } catch {
      this.blocked = false
      return { value: this.options.fallback(), warning: null }
    }
    let raw: unknown
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
      const parsed = this.options.schema.safeParse(deepNfc(raw))
      if (parsed.success) {
        this.blocked = false
        return { value: parsed.data, warning: null }
      }
    } catch {
      // Not UTF-8 or not JSON: damaged, handled below.
    }
    return { value: this.options.fallback(), warning: await this.setAside(versionOf(raw)) }
  }

  /** Validates and writes `value`, after any write asked for before it. */
  save(value: T): Promise<void> {
    return this.enqueue(() => this.write(value))
  }

  /** Reads, changes and writes in one step no other write can come between; returns what was written. */
  update(change: (current: T) => T): Promise<T> {
    return this.enqueue(async () => {
      const next = change((await this.load()).value)
      await this.write(next)
      return next
    })
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async write(value: T): Promise<void> {
    const name = basename(this.path)
    // A damaged file `load` could not move aside: try once more before writing over its place.
    if (this.blocked) await this.load()
    if (this.blocked) {
      throw new SaveError(
        'other',
        `${this.options.label.name} cũ bị hỏng vẫn nằm ở "${this.path}" và không chuyển sang chỗ khác được, nên không ghi đè lên nó. Hãy đổi tên hoặc chuyển tệp "${name}" đi rồi thử lại.`,
        `The damaged old ${this.options.label.nameEn} is still at "${this.path}" and could not be moved aside, so it is not overwritten. Rename or move "${name}" away, then try again.`,
      )
    }
    const valid = this.options.schema.parse(deepNfc(value))
    await this.fs.mkdir(dirname(this.path))
    await writeFileAtomic(this.path, new TextEncoder().encode(JSON.stringify(valid, null, 2) + '\n'), this.fs)
  }

  private async setAside(version: unknown): Promise<Said> {
    const { name, fallback, nameEn, fallbackEn } = this.options.label
    const other = typeof version === 'number' && version !== this.options.version
    const why = other
      ? `${name} thuộc phiên bản ${version}, bản Soạn Tin này chỉ đọc được phiên bản ${this.options.version}, ${fallback}`
      : `${name} bị hỏng ${fallback}`
    const whyEn = other
      ? `The ${nameEn} is from version ${version}; this Soạn Tin reads only version ${this.options.version}, ${fallbackEn}`
      : `The ${nameEn} is damaged, ${fallbackEn}`
    const aside = await this.freeAsideName()
    try {
      await this.fs.rename(this.path, aside)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return { vi: `${why}.`, en: `${whyEn}.` }
      this.blocked = true
      return {
        vi: `${why}; tệp cũ "${this.path}" không chuyển sang chỗ khác được nên được giữ nguyên, và sẽ không bị ghi đè.`,
        en: `${whyEn}; the old file "${this.path}" could not be moved aside, so it is kept as it is and will not be overwritten.`,
      }
    }
    this.blocked = false
    return { vi: `${why}; bản cũ được giữ ở "${aside}".`, en: `${whyEn}; the old one is kept as "${aside}".` }
  }

  /** "<path>.hong-<time>", with "-2", "-3"… when a file of that name is already there. */
  private async freeAsideName(): Promise<string> {
    const base = `${this.path}.hong-${this.clock().getTime()}`
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      try {
        await this.fs.stat(candidate)
      } catch {
        return candidate
      }
    }
  }
}
