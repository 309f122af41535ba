import { deepNfc } from '../text/normalize'
import { settingsSchema, type Settings } from './settings'
import { jsonSyntaxProblem } from '../text/jsonSyntaxProblem'

/** Reads a settings file's text (NFC-normalised); a problem names the field in Vietnamese. */
export function parseSettingsText(
  text: string,
): { ok: true; settings: Settings } | { ok: false; message: string } {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return {
      ok: false,
      message: jsonSyntaxProblem(text, error).vi,
    }
  }
  const parsed = settingsSchema.safeParse(deepNfc(raw))
  if (parsed.success) return { ok: true, settings: parsed.data }
  const issue = parsed.error.issues[0]
  return {
    ok: false,
    message: `trường "${issue?.path.join('.') || 'tệp'}": ${issue?.message ?? 'sai kiểu dữ liệu'}`,
  }
}
