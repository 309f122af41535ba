import type { Editor } from '@tiptap/core'
import { fieldSourceFor } from '@shared/body/fieldSource'
import type { FieldStore } from '@shared/templates/fieldStore'

const PROPERTY = '--st-caption-credit'

/**
 * Shows the photo credit after every caption, as the exports print it, through one CSS variable on
 * the editor: a panel edit costs one style write, and typing in the body costs nothing.
 */
export function followCaptionCredit(editor: Editor, store: FieldStore): () => void {
  let last: string | null = null
  const apply = () => {
    const credit = fieldSourceFor(store.get()).captionCredit()
    if (credit === last) return
    last = credit
    // A CSS string: JSON's quoting and backslash escapes are CSS's too, and the credit has no line ends.
    if (credit) editor.view.dom.style.setProperty(PROPERTY, JSON.stringify(credit))
    else editor.view.dom.style.removeProperty(PROPERTY)
  }
  apply()
  return store.subscribe(apply)
}
