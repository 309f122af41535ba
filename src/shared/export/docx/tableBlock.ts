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

interface PlacedCell {
  node: BodyNode | null
  column: number
  colspan: number
  rowspan: number
}

function span(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? Math.min(value, 63) : 1
}

const isCell = (n: BodyNode) => n.type === 'tableCell' || n.type === 'tableHeader'

/**
 * Lays cells on the grid the way a browser does (row spans reserve columns below), and pads short
 * rows with empty cells so every row fills the table.
 */
function placeCells(rows: readonly BodyNode[]): { placed: PlacedCell[][]; columns: number } {
  const taken: Set<number>[] = rows.map(() => new Set<number>())
  const placed: PlacedCell[][] = rows.map((row, r) => {
    let column = 0
    return (row.content ?? []).filter(isCell).map((node) => {
      while (taken[r]?.has(column)) column++
      const cell = { node, column, colspan: span(node.attrs?.colspan), rowspan: span(node.attrs?.rowspan) }
      cell.rowspan = Math.min(cell.rowspan, rows.length - r)
      for (let rr = r; rr < r + cell.rowspan; rr++) {
        for (let c = column; c < column + cell.colspan; c++) taken[rr]?.add(c)
      }
      column += cell.colspan
      return cell
    })
  })
  const columns = Math.max(1, ...taken.map((cols) => (cols.size ? Math.max(...cols) + 1 : 0)))
  placed.forEach((cells, r) => {
    for (let c = 0; c < columns; c++) {
      if (!taken[r]?.has(c)) cells.push({ node: null, column: c, colspan: 1, rowspan: 1 })
    }
    cells.sort((a, b) => a.column - b.column)
  })
  return { placed, columns }
}

/** Column widths in twips that add up to exactly `total`, from the editor's widths when it has them. */
export function columnWidths(rows: readonly BodyNode[], columns: number, total: number): number[] {
  const hinted: number[] = []
  for (const cell of rows[0]?.content?.filter(isCell) ?? []) {
    const widths = cell.attrs?.colwidth
    const count = span(cell.attrs?.colspan)
    for (let i = 0; i < count; i++) {
      const w = Array.isArray(widths) ? widths[i] : undefined
      hinted.push(typeof w === 'number' && w > 0 ? w : 0)
    }
  }
  const weights =
    hinted.length === columns && hinted.every((w) => w > 0)
      ? hinted
      : Array.from({ length: columns }, () => 1)
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((w / sum) * total))
  const rest = total - widths.reduce((a, b) => a + b, 0)
  return widths.map((w, i) => (i === widths.length - 1 ? w + rest : w))
}

/** A table as wide as the text, with its header rows repeated on every page. */
export function tableBlocks(node: BodyNode, env: MapEnv): DocxBlock[] {
  const rows = (node.content ?? []).filter((r) => r.type === 'tableRow' && (r.content ?? []).some(isCell))
  if (rows.length === 0) return []
  const { placed, columns } = placeCells(rows)
  const total = env.ctx.width
  const widths = columnWidths(rows, columns, total)
  let headerRun = true
  const tableRows = placed.map((cells) => {
    const headerRow = headerRun && cells.every((c) => c.node?.type === 'tableHeader')
    headerRun = headerRow
    return new TableRow({
      ...(headerRow ? { tableHeader: true } : {}),
      children: cells.map((cell) => {
        const width = widths.slice(cell.column, cell.column + cell.colspan).reduce((a, b) => a + b, 0)
        const header = cell.node?.type === 'tableHeader'
        const children = env.blocks(cell.node?.content, {
          paragraphStyle: header ? 'tableHeader' : 'table',
          width: Math.max(width - CELL_PADDING, 720),
          marker: null,
          listLevel: null,
          cellAlign: typeof cell.node?.attrs?.align === 'string' ? cell.node.attrs.align : null,
        })
        // Word needs a paragraph to close every cell, also after a nested table.
        if (children.length === 0 || children.at(-1) instanceof Table) {
          children.push(new Paragraph({ style: STYLE_IDS[header ? 'tableHeader' : 'table'] }))
        }
        return new TableCell({
          children,
          width: { size: width, type: WidthType.DXA },
          ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
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
