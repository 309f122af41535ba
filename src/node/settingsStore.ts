import type { Said } from '@shared/text/said'
import { join } from 'node:path'
import { defaultSettings, settingsSchema, type Settings } from '@shared/settings/settings'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { JsonFileStore } from './jsonFileStore'

const SETTINGS_FILE = 'settings.json'

type LoadedSettings = { settings: Settings; warning: Said | null }

/** Settings in the user data folder; a damaged file is set aside (never deleted) and defaults are used. */
export class SettingsStore {
  private readonly file: JsonFileStore<Settings>

  constructor(dir: string, fs: FileSystem = nodeFileSystem, clock: () => Date = () => new Date()) {
    this.file = new JsonFileStore({
      path: join(dir, SETTINGS_FILE),
      schema: settingsSchema,
      version: 1,
      fallback: defaultSettings,
      label: {
        name: 'Tệp cài đặt',
        fallback: 'nên đã dùng cài đặt mặc định',
        nameEn: 'settings file',
        fallbackEn: 'so the default settings were used',
      },
      fs,
      clock,
    })
  }

  get path(): string {
    return this.file.path
  }

  async load(): Promise<LoadedSettings> {
    const { value, warning } = await this.file.load()
    return { settings: value, warning }
  }

  save(settings: Settings): Promise<void> {
    return this.file.save(settings)
  }
}
