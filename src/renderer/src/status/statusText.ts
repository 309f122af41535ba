import type { TFunction } from 'i18next'
import type { StatusMessage, TranslatedText } from './statusMessage'

function translate(t: TFunction, text: TranslatedText): string {
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(text.params ?? {})) {
    params[name] = typeof value === 'object' ? translate(t, value) : value
  }
  return t(text.key, params)
}

/** The status line in the language the interface shows now. */
export function statusText(t: TFunction, status: StatusMessage): string {
  if ('text' in status) return status.text
  const first = translate(t, status)
  return status.then ? `${first} ${translate(t, status.then)}` : first
}
