import type { Said } from '@shared/text/said'
import { pasteEventOf } from './pasteEventOf'
import type { Editor } from '@tiptap/core'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FIGURE_NODE } from '@shared/nodes/figureNode'
import { api } from '../../ipc/api'
import type { StatusMessage } from '../../status/statusMessage'
import { convertSelectionFromLegacy } from '../legacy/legacyConversion'
import { legacyEncodingName } from '../legacy/legacyEncodingName'
import { misspellingAt, replaceMisspelling } from '../../spell/spellExtension'
import { spellMenuEntries } from '../../spell/spellMenu'
import type { SpellEntries } from '../../spell/spellEntries'
import { PopupMenu, type MenuEntry } from '../../menus/PopupMenu'
import { contextMenuItems } from './contextMenuItems'

interface Props {
  editor: Editor
  /** A paste that failed (no clipboard, unreadable): said in the status bar. */
  onError(text: string, said?: Said): void
  /** What a command did (a conversion), for the status bar. */
  onStatus(status: StatusMessage): void
}

interface OpenMenu {
  x: number
  y: number
  entries: MenuEntry[]
}

/**
 * Word's right-click menu over the page: cut, copy, paste, and the table or photo commands where the
 * click was. Drawn in the page, not the OS: Chromium's own menu has none of the report's commands.
 * Paste reads the clipboard through main (the renderer may not), then runs ProseMirror's paste, so
 * the same cleaning applies as to Ctrl+V.
 */
export function EditorContextMenu({ editor, onError, onStatus }: Props) {
  const { t } = useTranslation()
  const [menu, setMenu] = useState<OpenMenu | null>(null)

  useEffect(() => {
    const dom = editor.view.dom
    // ProseMirror takes a selection made with the keyboard or mouse on the next "selectionchange";
    // one sent now makes it take it at once, before the menu's focus would make it ignore it.
    const syncSelection = () => document.dispatchEvent(new Event('selectionchange'))
    const onContextMenu = (e: MouseEvent) => {
      e.preventDefault()
      moveSelectionTo(editor, e)
      const at = editor.view.posAtCoords({ left: e.clientX, top: e.clientY })
      const miss = at ? misspellingAt(editor.state, at.pos) : null
      if (!miss) return open(e)
      void spellMenuEntries({
        word: miss.word,
        fix: miss.fix,
        labels: { noSuggestions: t('spell.noSuggestions'), addToDictionary: t('spell.addToDictionary') },
        replace: (suggestion) => {
          // The word where it is now (the officer may have typed since the menu opened).
          const now = misspellingAt(editor.state, miss.from)
          if (now?.word === miss.word) replaceMisspelling(editor.view, now, suggestion)
          editor.view.focus()
        },
        onStatus,
        onError,
      }).then((spell) => open(e, spell))
    }
    const open = (e: MouseEvent, spell?: SpellEntries) => {
      const entries = contextMenuItems(
        editor,
        {
          cut: t('menu.cut'),
          copy: t('menu.copy'),
          paste: t('menu.paste'),
          convertLegacy: t('menu.convertLegacy'),
          table: (label) => t(`table.${label}`),
          photoWidth: (width) => t('menu.photoWidth', { width }),
          photoUp: t('photo.up'),
          photoDown: t('photo.down'),
          photoDelete: t('photo.delete'),
        },
        {
          clipboard: (kind) => {
            editor.view.focus()
            document.execCommand(kind)
          },
          paste: () => {
            void api()
              .readClipboard()
              .then((read) => {
                if (!read.ok) return onError(read.message, read.said)
                editor.view.focus()
                const event = pasteEventOf(read.html, read.text)
                if (read.html) editor.view.pasteHTML(read.html, event)
                else if (read.text) editor.view.pasteText(read.text, event)
              })
          },
          convertLegacy: () => {
            const encoding = convertSelectionFromLegacy(editor.view)
            editor.view.focus()
            onStatus(
              encoding
                ? {
                    kind: 'info',
                    key: 'legacy.selectionConverted',
                    params: { encoding: legacyEncodingName(encoding) },
                  }
                : { kind: 'info', key: 'legacy.nothingToConvert' },
            )
          },
        },
        spell,
      )
      setMenu({ x: e.clientX, y: e.clientY, entries })
    }
    // A right press inside the selection must not collapse it first (the browser and ProseMirror both
    // would), or "Sao chép" would have nothing to copy.
    const onMouseDown = (e: MouseEvent) => {
      if (e.button !== 2) return
      syncSelection()
      const { from, to } = editor.state.selection
      const at = editor.view.posAtCoords({ left: e.clientX, top: e.clientY })
      if (at && from !== to && at.pos >= from && at.pos <= to) {
        e.preventDefault()
        e.stopPropagation()
      }
    }
    dom.addEventListener('mousedown', onMouseDown, true)
    dom.addEventListener('contextmenu', onContextMenu)
    return () => {
      dom.removeEventListener('mousedown', onMouseDown, true)
      dom.removeEventListener('contextmenu', onContextMenu)
    }
  }, [editor, onError, onStatus, t])

  if (!menu) return null
  return (
    <PopupMenu
      x={menu.x}
      y={menu.y}
      entries={menu.entries}
      label={t('menu.label')}
      onClose={() => setMenu(null)}
      onEscape={() => {
        setMenu(null)
        editor.view.focus()
      }}
    />
  )
}

/**
 * As in Word: a right-click outside the selection moves the caret there (or selects the photo
 * clicked); inside it, the selection stays, so "Sao chép" copies it.
 */
function moveSelectionTo(editor: Editor, e: MouseEvent): void {
  const { view } = editor
  const at = view.posAtCoords({ left: e.clientX, top: e.clientY })
  if (!at) return
  const target = e.target instanceof Element ? e.target : null
  const figure = target?.closest('figure')
  if (figure && target?.tagName === 'IMG') {
    const pos = view.posAtDOM(figure, 0) - 1
    const node = pos >= 0 ? view.state.doc.nodeAt(pos) : null
    if (node?.type.name === FIGURE_NODE.name) {
      view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)))
      return
    }
  }
  const { from, to } = view.state.selection
  if (at.pos >= from && at.pos <= to && from !== to) return
  view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))))
}
