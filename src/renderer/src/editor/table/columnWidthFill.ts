import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state'
import { TableMap, columnResizingPluginKey } from '@tiptap/pm/tables'
import type { EditorView } from '@tiptap/pm/view'
import { saneColumnWidth } from '@shared/model/saneColwidth'

/** The narrowest a neighbour column gets, as TipTap's own narrowest column. */
const MIN_WIDTH = 25

/** Each column's width in px: the stored one, else what the page shows now. */
function shownWidths(view: EditorView, table: PMNode, start: number, map: TableMap): number[] {
  return Array.from({ length: map.width }, (_, col) => {
    let spanned = 0
    for (let row = 0; row < map.height; row++) {
      const pos = map.map[row * map.width + col] ?? 0
      const cell = table.nodeAt(pos)
      if (!cell) continue
      const index = col - map.colCount(pos)
      const stored = saneColumnWidth((cell.attrs.colwidth as unknown[] | null)?.[index])
      if (stored !== null) return stored
      const dom = view.nodeDOM(start + pos)
      const width = dom instanceof HTMLElement ? dom.getBoundingClientRect().width : 0
      const colspan = Number(cell.attrs.colspan) || 1
      if (colspan === 1 && width > 0) return Math.round(width)
      if (!spanned && width > 0) spanned = Math.round(width / colspan)
    }
    return saneColumnWidth(spanned) ?? 100
  })
}

/** Gives every cell of the table at `start` the widths of the columns it covers. */
function setWidths(tr: Transaction, table: PMNode, start: number, widths: readonly number[]): Transaction {
  const map = TableMap.get(table)
  for (const pos of new Set(map.map)) {
    const cell = table.nodeAt(pos)
    if (!cell) continue
    const col = map.colCount(pos)
    const colwidth = widths.slice(col, col + (Number(cell.attrs.colspan) || 1))
    const before = cell.attrs.colwidth as unknown[] | null
    if (before && colwidth.every((w, i) => before[i] === w)) continue
    tr.setNodeMarkup(start + pos, null, { ...cell.attrs, colwidth })
  }
  return tr
}

/** A drag under way: the table (its content's start), the dragged column, the widths before. */
interface Drag {
  start: number
  col: number
  widths: number[]
}

/**
 * Before a column border is dragged, gives every column of that table the width it shows. The
 * resizing plugin stores only the dragged column's width; a table with one known width would then
 * be exported with equal columns (the exporters use the widths only when they know them all).
 */
function fillColumnWidths(view: EditorView, cellPos: number): Drag | null {
  const $cell = view.state.doc.resolve(cellPos)
  const table = $cell.node(-1)
  if (table.type.spec.tableRole !== 'table') return null
  const start = $cell.start(-1)
  const map = TableMap.get(table)
  const widths = shownWidths(view, table, start, map)
  const tr = setWidths(view.state.tr, table, start, widths)
  // Not a step of its own to undo: it only writes down what the page already shows.
  if (tr.docChanged) view.dispatch(tr.setMeta('addToHistory', false))
  const col = map.colCount(cellPos - start) + (Number($cell.nodeAfter?.attrs.colspan) || 1) - 1
  return { start, col, widths }
}

/**
 * As in Word, a border between two columns moves width from one to the other and the table keeps
 * its width; only the last column's right border changes the table's width.
 */
function keepTableWidth(drag: Drag, state: EditorState): Transaction | null {
  const table = state.doc.nodeAt(drag.start - 1)
  if (!table || table.type.spec.tableRole !== 'table') return null
  const map = TableMap.get(table)
  if (map.width !== drag.widths.length || drag.col + 1 >= map.width) return null
  const pos = map.map[drag.col] ?? 0
  const cell = table.nodeAt(pos)
  const index = drag.col - map.colCount(pos)
  const dragged = saneColumnWidth((cell?.attrs.colwidth as unknown[] | null)?.[index])
  const was = drag.widths[drag.col] ?? 0
  const next = drag.widths[drag.col + 1] ?? 0
  if (dragged === null || dragged === was) return null
  const width = Math.min(dragged, was + next - MIN_WIDTH)
  const widths = drag.widths.slice()
  widths[drag.col] = width
  widths[drag.col + 1] = was + next - width
  drag.widths = widths
  return setWidths(state.tr, table, drag.start, widths)
}

/** Runs before TipTap's column resizing (higher priority), on the mousedown that starts a drag. */
export const ColumnWidthFill = Extension.create({
  name: 'columnWidthFill',
  priority: 1000,
  addProseMirrorPlugins() {
    let drag: Drag | null = null
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            mousedown: (view) => {
              const handle = columnResizingPluginKey.getState(view.state)?.activeHandle ?? -1
              if (handle > -1 && view.editable) drag = fillColumnWidths(view, handle)
              return false
            },
          },
        },
        appendTransaction: (transactions, _old, state) => {
          if (!drag) return null
          const ended = transactions.some(
            (tr) =>
              (tr.getMeta(columnResizingPluginKey) as { setDragging?: unknown } | undefined)?.setDragging ===
              null,
          )
          const changed = transactions.some((tr) => tr.docChanged)
          const tr = changed ? keepTableWidth(drag, state) : null
          if (ended) drag = null
          return tr?.docChanged ? tr : null
        },
      }),
    ]
  },
})
