import type { Editor } from '@tiptap/core'
import type { MenuEntry } from '../../menus/PopupMenu'
import { spellEntries, type SpellEntries } from '../../spell/spellEntries'
import { figureAttrs } from '@shared/nodes/figureNode'
import { deletePhoto, movePhoto, selectedPhoto, setPhotoAttrs } from '../photo/photoEdits'
import { TABLE_ACTIONS } from '../table/tableActions'

interface MenuTexts {
  cut: string
  copy: string
  paste: string
  convertLegacy: string
  table(label: (typeof TABLE_ACTIONS extends (infer A | '|')[] ? A : never)['label']): string
  photoWidth(width: number): string
  photoUp: string
  photoDown: string
  photoDelete: string
}

interface MenuActions {
  /** Runs cut or copy through the browser, so ProseMirror's own clipboard handlers serialise the slice. */
  clipboard(kind: 'cut' | 'copy'): void
  paste(): void
  /** Converts the selection from TCVN3 or VNI to Unicode. */
  convertLegacy(): void
}

const PHOTO_WIDTHS = [100, 75, 50] as const

/**
 * What the right-click menu offers where the officer clicked: cut, copy, paste and the conversion of
 * old-encoding text always; the table
 * commands in a table; the photo commands on a selected photo. Built when the menu opens.
 */
export function contextMenuItems(
  editor: Editor,
  texts: MenuTexts,
  actions: MenuActions,
  spell?: SpellEntries,
): MenuEntry[] {
  const empty = editor.state.selection.empty
  const entries: MenuEntry[] = spell ? [...spellEntries(spell), 'separator'] : []
  entries.push(
    { key: 'cut', label: texts.cut, enabled: !empty, run: () => actions.clipboard('cut') },
    { key: 'copy', label: texts.copy, enabled: !empty, run: () => actions.clipboard('copy') },
    { key: 'paste', label: texts.paste, enabled: true, run: actions.paste },
    { key: 'convert-legacy', label: texts.convertLegacy, enabled: !empty, run: actions.convertLegacy },
  )
  const photo = selectedPhoto(editor.state)
  if (photo) {
    const { width } = figureAttrs(photo.node.attrs)
    const dispatch = (make: () => ReturnType<typeof movePhoto>) => () => {
      const tr = make()
      if (tr) editor.view.dispatch(tr)
      editor.view.focus()
    }
    entries.push('separator')
    for (const w of PHOTO_WIDTHS) {
      entries.push({
        key: `photo-${w}`,
        label: texts.photoWidth(w),
        enabled: w !== width,
        run: dispatch(() => setPhotoAttrs(editor.state, photo.pos, { width: w })),
      })
    }
    entries.push(
      {
        key: 'photo-up',
        label: texts.photoUp,
        enabled: !!movePhoto(editor.state, 'up'),
        run: dispatch(() => movePhoto(editor.state, 'up')),
      },
      {
        key: 'photo-down',
        label: texts.photoDown,
        enabled: !!movePhoto(editor.state, 'down'),
        run: dispatch(() => movePhoto(editor.state, 'down')),
      },
      {
        key: 'photo-delete',
        label: texts.photoDelete,
        enabled: true,
        run: dispatch(() => deletePhoto(editor.state)),
      },
    )
  }
  if (editor.isActive('table')) {
    entries.push('separator')
    for (const action of TABLE_ACTIONS) {
      if (action === '|') {
        entries.push('separator')
        continue
      }
      entries.push({
        key: `table-${action.key}`,
        label: texts.table(action.label),
        enabled: action.run(editor.can().chain()).run(),
        run: () => action.run(editor.chain().focus()).run(),
      })
    }
  }
  return entries
}
