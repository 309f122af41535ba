import type { Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { useCallback, useEffect, useState } from 'react'
import type { LinkRefusal } from '@shared/links/linkPolicy'
import { applyLink, linkTargetAt, removeLink, type LinkTarget } from './linkEdit'

const SHORTCUT_KEY = new PluginKey('linkDialogShortcut')

export interface LinkDialogState {
  /** What the open dialog edits; null while it is closed. */
  target: LinkTarget | null
  open(): void
  /** Closes without a change and puts the caret back in the body. */
  cancel(): void
  /** Links the target and closes; else (dialog stays open) why the address is refused. */
  apply(text: string, href: string): LinkRefusal | null
  remove(): void
}

/**
 * The in-app link dialog's state (Electron has no `window.prompt`). Ctrl+K opens it while the caret is
 * in the body: the shortcut lives in the editor's own keymap, so it works wherever the body has focus.
 */
export function useLinkDialog(editor: Editor): LinkDialogState {
  const [target, setTarget] = useState<LinkTarget | null>(null)
  const open = useCallback(() => setTarget(linkTargetAt(editor)), [editor])
  const close = useCallback(() => {
    setTarget(null)
    // After the modal has closed: the page behind it is inert until then.
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) editor.commands.focus()
    })
  }, [editor])

  useEffect(() => {
    if (editor.isDestroyed) return
    editor.registerPlugin(
      new Plugin({
        key: SHORTCUT_KEY,
        props: {
          handleKeyDown: (_view, event) => {
            const mod = event.ctrlKey || event.metaKey
            if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return false
            event.preventDefault()
            open()
            return true
          },
        },
      }),
    )
    return () => void editor.unregisterPlugin(SHORTCUT_KEY)
  }, [editor, open])

  return {
    target,
    open,
    cancel: close,
    apply: (text, href) => {
      if (!target) return null
      const refusal = applyLink(editor, target, text, href)
      if (refusal === null) close()
      return refusal
    },
    remove: () => {
      if (target) removeLink(editor, target)
      close()
    },
  }
}

interface LinkFormState {
  text: string
  href: string
  /** Why the address last submitted was refused; null while there is nothing to show. */
  refusal: LinkRefusal | null
  setText(text: string): void
  setHref(href: string): void
  submit(): void
}

/** The dialog's fields, prefilled from the target; a refused address keeps the dialog open. */
export function useLinkForm(target: LinkTarget, apply: LinkDialogState['apply']): LinkFormState {
  const [text, setText] = useState(target.text)
  const [href, setHref] = useState(target.href)
  const [refusal, setRefusal] = useState<LinkRefusal | null>(null)
  return {
    text,
    href,
    refusal,
    setText,
    setHref: (next) => {
      setHref(next)
      setRefusal(null)
    },
    submit: () => setRefusal(apply(text, href)),
  }
}
