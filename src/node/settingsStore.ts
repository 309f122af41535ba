import { join } from 'node:path'
import { deepNfc } from '@shared/text/normalize'
import { defaultSettings, settingsSchema, type Settings } from '@shared/settings/settings'
import { writeFileAtomic } from './atomicWrite'
import { nodeFileSystem, type FileSystem } from './fileSystem'

export const SETTINGS_FILE = 'settings.json'

export type LoadedSettings = { settings: Settings; warning: string | null }

/** Settings in the user data folder; a damaged file is set aside (never deleted) and defaults are used. */
export class SettingsStore {
  constructor(
    private readonly dir: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  get path(): string {
    return join(this.dir, SETTINGS_FILE)
  }

  async load(): Promise<LoadedSettings> {
    let bytes: Uint8Array
    try {
      bytes = await this.fs.readFile(this.path)
    } catch {
      return { settings: defaultSettings(), warning: null }
    }
    try {
      const raw: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
      const parsed = settingsSchema.safeParse(deepNfc(raw))
      if (parsed.success) return { settings: parsed.data, warning: null }
    } catch {
      // Fall through: the file is kept aside below.
    }
    const aside = `${this.path}.hong-${Date.now()}`
    await this.fs.rename(this.path, aside).catch(() => undefined)
    return {
      settings: defaultSettings(),
      warning: `Tệp cài đặt bị hỏng nên đã dùng cài đặt mặc định; bản cũ được giữ ở "${aside}".`,
    }
  }

  async save(settings: Settings): Promise<void> {
    const valid = settingsSchema.parse(deepNfc(settings))
    await this.fs.mkdir(this.dir)
    await writeFileAtomic(this.path, new TextEncoder().encode(JSON.stringify(valid, null, 2) + '\n'), this.fs)
  }
}
