import type { Said } from '@shared/text/said'
import type { MessageKey } from '../i18n/messageKey'

type StatusKind = 'info' | 'error'

/**
 * Text kept as an i18n key and its values, translated where it is shown: it then follows a language
 * switch. A value may itself be such a text (e.g. "Chưa đặt tên" as a title).
 */
export interface TranslatedText {
  key: MessageKey
  params?: Readonly<Record<string, string | number | TranslatedText>>
}

/**
 * A line in the status bar: an info note, or an error announced to screen readers. The renderer's own
 * messages are keys (translated at render); those from main or the worker arrive as finished `text`.
 */
export type StatusMessage =
  | {
      kind: StatusKind
      text: string
      /** Main's message in both languages, when it sent them: shown in the one the interface has. */
      said?: Said
    }
  | (TranslatedText & {
      kind: StatusKind
      /** A sentence shown after the first one. */
      then?: TranslatedText
    })
