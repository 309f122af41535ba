import { readFile } from 'node:fs/promises'
import { parseSettingsText } from '@shared/settings/parseSettings'
import type { Settings } from '@shared/settings/settings'
import { CliInputError } from './loadDraft'

/**
 * Reads a settings file given with `--settings` (the app's own settings.json); a missing or invalid
 * file becomes a `CliInputError` (exit 2) naming the file and the bad field in Vietnamese.
 */
export async function loadSettingsFile(path: string): Promise<Settings> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new CliInputError(`Không đọc được tệp cài đặt "${path}".`)
  }
  const parsed = parseSettingsText(text)
  if (!parsed.ok) throw new CliInputError(`Tệp cài đặt "${path}" không hợp lệ, ${parsed.message}.`)
  return parsed.settings
}
