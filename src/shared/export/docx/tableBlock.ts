import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ITableBordersOptions,
} from 'docx'
import type { BodyNode } from '../../model/body'
import { cellAlign, gapCells, tableGrid, type GridRow } from '../tableGrid'
import type { DocxBlock, MapEnv } from './docxContext'
import { STYLE_IDS } from './docxStyles'

/** Word's default left plus right cell padding (108 twips each side). */
const CELL_PADDING = 216

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const BORDERS: ITableBordersOptions = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
}

/** Column widths in twips that add up to exactly `total`, from the editor's widths when it has them all. */
function columnWidths(hints: readonly (number | null)[], total: number): number[] {
  const known = hints.filter((w): w is number => w !== null)
  const weights = known.length === hints.length ? known : hints.map(() => 1)
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((w / sum) * total))
  const rest = total - widths.reduce((a, b) => a + b, 0)
  return widths.map((w, i) => (i === widths.length - 1 ? w + rest : w))
}

interface Slot {
  node: BodyNode | null
  column: number
  width: number
  rowspan: number
  header: boolean
}

/** Each cell of a row as Word writes it: a gap becomes as few empty cells as Word's spans allow. */
function rowSlots(row: GridRow, header: boolean): Slot[] {
  return row.entries.flatMap((entry): Slot[] =>
    entry.kind === 'cell'
      ? [entry]
      : gapCells(entry).map(({ column, width }) => ({ node: null, column, width, rowspan: 1, header })),
  )
}

/** A table as wide as the text, with its header rows repeated on every page. */
export function tableBlocks(node: BodyNode, env: MapEnv): DocxBlock[] {
  const grid = tableGrid(node)
  if (grid.rows.length === 0) return []
  const total = env.ctx.width
  const widths = columnWidths(grid.widths, total)
  const tableRows = grid.rows.map((row, r) => {
    const headerRow = r < grid.headerRows
    return new TableRow({
      ...(headerRow ? { tableHeader: true } : {}),
      children: rowSlots(row, headerRow).map((cell) => {
        const width = widths.slice(cell.column, cell.column + cell.width).reduce((a, b) => a + b, 0)
        const header = cell.header
        const children = env.blocks(cell.node?.content, {
          paragraphStyle: header ? 'tableHeader' : 'table',
          width: Math.max(width - CELL_PADDING, 720),
          marker: null,
          listLevel: null,
          cellAlign: cellAlign(cell.node),
        })
        // Word needs a paragraph to close every cell, also after a nested table.
        if (children.length === 0 || children.at(-1) instanceof Table) {
          children.push(new Paragraph({ style: STYLE_IDS[header ? 'tableHeader' : 'table'] }))
        }
        return new TableCell({
          children,
          width: { size: width, type: WidthType.DXA },
          ...(cell.width > 1 ? { columnSpan: cell.width } : {}),
          ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
          ...(header ? { shading: { type: 'clear', fill: 'F2F2F2', color: 'auto' } } : {}),
        })
      }),
    })
  })
  return [
    new Table({
      rows: tableRows,
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
    }),
  ]
}
