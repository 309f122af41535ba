import type { Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { useCallback, useEffect, useState } from 'react'
import { applyLink, linkTargetAt, removeLink, validLinkHref, type LinkTarget } from './linkEdit'

const SHORTCUT_KEY = new PluginKey('linkDialogShortcut')

export interface LinkDialogState {
  /** What the open dialog edits; null while it is closed. */
  target: LinkTarget | null
  open(): void
  /** Closes without a change and puts the caret back in the body. */
  cancel(): void
  /** Links the target; false (dialog stays open) when the address is not allowed. */
  apply(text: string, href: string): boolean
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
      if (!target || !validLinkHref(href)) return false
      applyLink(editor, target, text, href)
      close()
      return true
    },
    remove: () => {
      if (target) removeLink(editor, target)
      close()
    },
  }
}

export interface LinkFormState {
  text: string
  href: string
  /** Whether to show the "only http, https or mailto" error. */
  invalid: boolean
  setText(text: string): void
  setHref(href: string): void
  submit(): void
}

/** The dialog's fields, prefilled from the target; an invalid address keeps the dialog open. */
export function useLinkForm(target: LinkTarget, apply: LinkDialogState['apply']): LinkFormState {
  const [text, setText] = useState(target.text)
  const [href, setHref] = useState(target.href)
  const [invalid, setInvalid] = useState(false)
  return {
    text,
    href,
    invalid,
    setText,
    setHref: (next) => {
      setHref(next)
      setInvalid(false)
    },
    submit: () => setInvalid(!apply(text, href)),
  }
}
