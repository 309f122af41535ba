import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { TABLE_ACTIONS as ACTIONS } from './tableActions'

type CellAlign = 'left' | 'center' | 'right'

const ALIGN_OF: Readonly<Record<string, CellAlign>> = {
  alignLeft: 'left',
  alignCenter: 'center',
  alignRight: 'right',
}

/** The alignment of the cell the caret is in (a header cell or a data cell). */
function currentAlign(editor: Editor): CellAlign | null {
  const type = editor.isActive('tableHeader') ? 'tableHeader' : 'tableCell'
  const align: unknown = editor.getAttributes(type).align
  return align === 'left' || align === 'center' || align === 'right' ? align : null
}

/** Whether the first row of the table holding the caret is a header row. */
function hasHeaderRow(editor: Editor): boolean {
  const { $from } = editor.state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (node.type.spec.tableRole !== 'table') continue
    const first = node.firstChild
    return !!first && first.childCount > 0 && first.children.every((c) => c.type.name === 'tableHeader')
  }
  return false
}

/**
 * The second toolbar row, shown only while the caret is in a table. Each button is disabled when
 * its command cannot run here (merge without several cells chosen, split on a plain cell...).
 */
export function TableToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e.isActive('table')) return null
      const can: Record<string, boolean> = {}
      for (const action of ACTIONS) if (action !== '|') can[action.key] = action.run(e.can().chain()).run()
      return { can, align: currentAlign(e), header: hasHeaderRow(e) }
    },
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  })
  if (!state) return null
  return (
    <div className="st-toolbar st-table-toolbar" role="toolbar" aria-label={t('table.toolbar')}>
      {ACTIONS.map((action, i) => {
        if (action === '|') return <span key={`sep-${i}`} className="st-sep" />
        const align = ALIGN_OF[action.key]
        const pressed = align
          ? state.align === align
          : action.key === 'toggleHeader'
            ? state.header
            : undefined
        return (
          <button
            key={action.key}
            type="button"
            className={pressed ? 'st-tool st-table-tool is-active' : 'st-tool st-table-tool'}
            aria-pressed={pressed}
            disabled={!state.can[action.key]}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => action.run(editor.chain().focus()).run()}
          >
            {t(`table.${action.label}`)}
          </button>
        )
      })}
    </div>
  )
}
