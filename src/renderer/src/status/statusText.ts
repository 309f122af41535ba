import type { TFunction } from 'i18next'
import type { StatusMessage, TranslatedText } from './statusMessage'

/** A piece of the status line: the interface's words, or the officer's own (a file, a template). */
export interface StatusPart {
  text: string
  /** A name or title from the officer's data: Vietnamese whatever the interface's language. */
  own: boolean
}

// Private-use marks around the index of a value while the sentence is translated around it.
const VALUE = /\uE000(\d+)\uE001/

/**
 * The status line as `statusText` gives it, cut into the interface's words and the values from the
 * officer's data, so the names can be marked as Vietnamese (`lang="vi"`) in an English interface.
 * `language` is the interface's, for a message main sent in both (`said`).
 */
export function statusParts(
  t: TFunction,
  status: StatusMessage | TranslatedText,
  language = 'vi',
): StatusPart[] {
  if ('text' in status) {
    const said = 'said' in status ? status.said : undefined
    return [{ text: said ? (language === 'en' ? said.en : said.vi) : status.text, own: false }]
  }
  const values: string[] = []
  const marked = (text: TranslatedText): string => {
    const params: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(text.params ?? {})) {
      if (typeof value === 'object') params[name] = marked(value)
      else if (typeof value === 'number') params[name] = value
      else params[name] = `\uE000${values.push(value) - 1}\uE001`
    }
    return t(text.key, params)
  }
  const first = marked(status)
  const then = 'then' in status ? status.then : undefined
  const whole = then ? `${first} ${marked(then)}` : first
  return whole
    .split(VALUE)
    .map((piece, i) =>
      i % 2 ? { text: values[Number(piece)] ?? '', own: true } : { text: piece, own: false },
    )
    .filter((part) => part.text !== '')
}

/** The status line in the language the interface shows now. */
export function statusText(t: TFunction, status: StatusMessage, language = 'vi'): string {
  return statusParts(t, status, language)
    .map((part) => part.text)
    .join('')
}
