import type { BodyNode } from '../model/body'
import { saneColumnWidth } from '../model/saneColwidth'

/**
 * The widest span either output writes, across or down. Word holds at most 63 columns in a table
 * (the OOXML schema sets no bound on `w:gridSpan`, but Word does), and HTML allows colspans up to
 * 1000 and rowspans up to 65534, so 63 is the one bound both honour; rowspans share it because
 * the DOCX exporter always capped them there too.
 */
export const MAX_SPAN = 63

/** Columns `column` to `column + width - 1` of the grid. */
export interface GridRange {
  column: number
  width: number
}

/** A cell where it starts on the grid, with the spans it really covers. */
export interface GridCell extends GridRange {
  kind: 'cell'
  node: BodyNode
  /** Rows covered, this one included. */
  rowspan: number
  header: boolean
}

/** Free slots no cell covers: each output fills them with empty cells, see {@link gapCells}. */
export interface GridGap extends GridRange {
  kind: 'gap'
}

export interface GridRow {
  /** Cells starting in this row and the gaps between and after them, left to right. */
  entries: (GridCell | GridGap)[]
  /** Slots taken by cells spanning down from rows above, left to right. */
  covered: GridRange[]
}

export interface TableGrid {
  columns: number
  rows: GridRow[]
  /** Leading rows of header cells only, no cell spanning out of them: repeated on every page. */
  headerRows: number
  /** Each column's width in the editor (px), from the first row; null when the editor set none. */
  widths: (number | null)[]
}

/** A cell's own text alignment, set from the table toolbar; anything else in a draft means none. */
export function cellAlign(node: BodyNode | null): 'left' | 'center' | 'right' | null {
  const align = node?.attrs?.align
  return align === 'left' || align === 'center' || align === 'right' ? align : null
}

/** A gap as the empty cells both outputs write: as few as spans allow, each at most MAX_SPAN wide. */
export function gapCells(gap: GridGap): GridRange[] {
  const cells: GridRange[] = []
  for (let column = gap.column; column < gap.column + gap.width; column += MAX_SPAN)
    cells.push({ column, width: Math.min(MAX_SPAN, gap.column + gap.width - column) })
  return cells
}

const isCell = (node: BodyNode) => node.type === 'tableCell' || node.type === 'tableHeader'
const wrap = (node: BodyNode): BodyNode => ({ type: 'tableCell', content: [node] })

/** A span attribute: a number or numeric string, floored; anything below 1 or not a number is 1. */
function span(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_SPAN) : 1
}

/** Rows of cells; stray content becomes a cell (or a one-cell row), so nothing is dropped. */
function cellRows(table: BodyNode): BodyNode[][] {
  return (table.content ?? [])
    .map((row) =>
      row.type === 'tableRow' ? (row.content ?? []).map((c) => (isCell(c) ? c : wrap(c))) : [wrap(row)],
    )
    .filter((cells) => cells.length > 0)
}

interface Placed extends GridRange {
  node: BodyNode
  rowspan: number
}

/** Places cells as the HTML table model does; a span stops where it would overlap another cell. */
function place(rows: readonly BodyNode[][]) {
  const above: GridRange[][] = rows.map(() => [])
  let width = 0
  const placed = rows.map((cells, r) => {
    const taken = (above[r] ?? []).sort((a, b) => a.column - b.column)
    let next = 0
    let column = 0
    const out: Placed[] = cells.map((node) => {
      for (; next < taken.length && (taken[next]?.column ?? 0) <= column; next++) {
        const t = taken[next] as GridRange
        column = Math.max(column, t.column + t.width)
      }
      const room = (taken[next]?.column ?? Infinity) - column
      const colspan = Math.min(span(node.attrs?.colspan), room)
      const rowspan = Math.min(span(node.attrs?.rowspan), rows.length - r)
      for (let below = r + 1; below < r + rowspan; below++) above[below]?.push({ column, width: colspan })
      const cell = { node, column, width: colspan, rowspan }
      column += colspan
      return cell
    })
    width = taken.reduce((w, t) => Math.max(w, t.column + t.width), Math.max(width, column))
    return out
  })
  return { placed, above, width }
}

/** The free runs of `[0, width)` outside two sorted lists of disjoint ranges. */
function gapsIn(a: readonly GridRange[], b: readonly GridRange[], width: number): GridRange[] {
  const gaps: GridRange[] = []
  let column = 0
  let i = 0
  let j = 0
  while (column < width) {
    const x = a[i]
    const y = b[j]
    const next = x && (!y || x.column < y.column) ? (i++, x) : y ? (j++, y) : undefined
    const end = next ? next.column : width
    if (end > column) gaps.push({ column, width: end - column })
    column = next ? Math.max(column, next.column + next.width) : width
  }
  return gaps
}

/**
 * A TipTap table as one rectangular grid, the single layout both exporters write: spans are whole
 * numbers from 1 to MAX_SPAN, rowspans stop at the last row, overlapping spans are cut short, short
 * rows get gaps, rows without cells are dropped, and columns in which no cell or gap starts (left by
 * colspans) are merged into their neighbour, as HTML validators require.
 */
export function tableGrid(table: BodyNode): TableGrid {
  const rows = cellRows(table)
  const { placed, above, width } = place(rows)
  const gaps = placed.map((cells, r) => gapsIn(cells, above[r] ?? [], width))
  // A gap starts a column, but does not split the columns it covers: one wide row must not pad
  // every other row with a cell per column (a 63,000-column row made 299 rows of 63,000 cells).
  const starts = new Uint8Array(width)
  placed.forEach((cells, r) => {
    for (const c of cells) starts[c.column] = 1
    for (const g of gaps[r] ?? []) starts[g.column] = 1
  })
  // rank[c]: how many merged columns start before raw column c.
  const rank = new Int32Array(width + 1)
  for (let c = 0; c < width; c++) rank[c + 1] = (rank[c] ?? 0) + (starts[c] ?? 0)
  const at = (c: number) => rank[c] ?? 0
  const gridRows = placed.map((cells, r): GridRow => {
    const entries: (GridCell | GridGap)[] = []
    let g = 0
    const rowGaps = gaps[r] ?? []
    const gap = (upTo: number) => {
      for (let next = rowGaps[g]; next && next.column < upTo; next = rowGaps[++g])
        entries.push({
          kind: 'gap',
          column: at(next.column),
          width: at(next.column + next.width) - at(next.column),
        })
    }
    for (const c of cells) {
      gap(c.column)
      entries.push({
        kind: 'cell',
        node: c.node,
        column: at(c.column),
        width: at(c.column + c.width) - at(c.column),
        rowspan: c.rowspan,
        header: c.node.type === 'tableHeader',
      })
    }
    gap(width)
    const covered = (above[r] ?? []).map((t) => ({
      column: at(t.column),
      width: at(t.column + t.width) - at(t.column),
    }))
    return { entries, covered }
  })
  return {
    columns: at(width),
    rows: gridRows,
    headerRows: headerRows(gridRows),
    widths: editorWidths(placed[0] ?? [], rank, width),
  }
}

function headerRows(rows: readonly GridRow[]): number {
  let closed = 0
  let reach = 0
  for (const [r, row] of rows.entries()) {
    const cells = row.entries.filter((e): e is GridCell => e.kind === 'cell')
    if (!cells.every((c) => c.header)) break
    reach = cells.reduce((most, c) => Math.max(most, r + c.rowspan), reach)
    if (reach <= r + 1) closed = r + 1
  }
  return closed
}

/** The first row's `colwidth`s summed per merged column; null where any is missing. */
function editorWidths(first: readonly Placed[], rank: Int32Array, width: number): (number | null)[] {
  const raw: (number | null)[] = Array.from({ length: width }, () => null)
  for (const cell of first) {
    const hints = cell.node.attrs?.colwidth
    for (let i = 0; i < cell.width; i++) {
      const w: unknown = Array.isArray(hints) ? hints[i] : undefined
      raw[cell.column + i] = saneColumnWidth(w)
    }
  }
  const merged: (number | null)[] = Array.from({ length: rank[width] ?? 0 }, () => 0)
  raw.forEach((w, c) => {
    const m = (rank[c + 1] ?? 0) - 1
    const sum = merged[m]
    merged[m] = w === null || sum === null || sum === undefined ? null : sum + w
  })
  return merged
}
