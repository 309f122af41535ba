import type { Messages } from '../i18n/vi'
import type { FieldViewTexts } from './fieldViewSpec'

/** A field view's words from one language's messages: the field labels and the editor's hints. */
export function fieldViewTexts(messages: Pick<Messages, 'fields' | 'editor'>): FieldViewTexts {
  return {
    label: (key) => messages.fields[key],
    hint: messages.editor.fieldHint,
    roleDescription: messages.editor.fieldRole,
    empty: messages.editor.fieldEmpty,
  }
}
