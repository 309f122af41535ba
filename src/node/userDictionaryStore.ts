import type { Said } from '@shared/text/said'
import { join } from 'node:path'
import {
  USER_DICTIONARY_LIMITS,
  userDictionaryFileSchema,
  type UserDictionaryFile,
} from '@shared/spell/userDictionary'
import { vietnameseCollator } from '@shared/people/people'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { JsonFileStore } from './jsonFileStore'
import { SaveError } from './saveErrors'

const USER_DICTIONARY_FILE = 'user-dictionary.json'

/**
 * The words the officer added to the spell checker ("Thêm vào từ điển"), in the user data folder.
 * A damaged file is set aside (never deleted) and the list starts again; the list is bounded.
 */
export class UserDictionaryStore {
  private readonly file: JsonFileStore<UserDictionaryFile>

  constructor(dir: string, fs: FileSystem = nodeFileSystem, clock: () => Date = () => new Date()) {
    this.file = new JsonFileStore({
      path: join(dir, USER_DICTIONARY_FILE),
      schema: userDictionaryFileSchema,
      version: 1,
      fallback: () => ({ version: 1, words: [] }),
      label: {
        name: 'Từ điển riêng',
        fallback: 'nên được lập lại',
        nameEn: 'user dictionary',
        fallbackEn: 'so it was started afresh',
      },
      fs,
      clock,
    })
  }

  get path(): string {
    return this.file.path
  }

  async list(): Promise<{ words: string[]; warning: Said | null }> {
    const { value, warning } = await this.file.load()
    return { words: value.words, warning }
  }

  /** Adds the words (NFC, once each) and returns the whole list; refuses past the bound. */
  async add(words: readonly string[]): Promise<string[]> {
    const saved = await this.file.update((current) => {
      const all = new Set(current.words)
      for (const w of words) all.add(w.normalize('NFC'))
      if (all.size > USER_DICTIONARY_LIMITS.maxWords) {
        const max = USER_DICTIONARY_LIMITS.maxWords.toLocaleString('vi')
        throw new SaveError(
          'other',
          `Từ điển riêng đã có đủ ${max} từ, không thêm được nữa.`,
          `The user dictionary already holds ${USER_DICTIONARY_LIMITS.maxWords} words; no more can be added.`,
        )
      }
      return { version: 1, words: [...all].sort(vietnameseCollator.compare) }
    })
    return saved.words
  }
}
