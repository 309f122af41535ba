export interface CellSpan {
  colspan: number
  rowspan: number
}

export interface GridRow {
  /** The row's cells with spans adjusted so the table is a clean rectangle. */
  cells: CellSpan[]
  /** Empty cells to append so the row reaches the table's width. */
  padding: number
}

/**
 * Lays out a table as the HTML table model does and repairs what validators reject in pasted tables:
 * rowspans past the last row are clipped, short rows are padded, and columns in which no cell starts
 * (left by colspans) are merged away by narrowing the spans that cover them.
 */
export function tableGrid(rows: readonly (readonly CellSpan[])[]): GridRow[] {
  const occupied: Array<Set<number>> = rows.map(() => new Set<number>())
  const placed: Array<Array<{ start: number; colspan: number; rowspan: number }>> = []
  rows.forEach((row, r) => {
    const cells: Array<{ start: number; colspan: number; rowspan: number }> = []
    let col = 0
    for (const cell of row) {
      while (occupied[r]?.has(col)) col++
      const colspan = Math.max(1, Math.floor(cell.colspan) || 1)
      const rowspan = Math.min(Math.max(1, Math.floor(cell.rowspan) || 1), rows.length - r)
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) occupied[r + dr]?.add(col + dc)
      }
      cells.push({ start: col, colspan, rowspan })
      col += colspan
    }
    placed.push(cells)
  })
  const width = Math.max(0, ...occupied.map((cols) => (cols.size ? Math.max(...cols) + 1 : 0)))
  const starts = new Set<number>()
  const padding = occupied.map((cols) => {
    let free = 0
    for (let c = 0; c < width; c++) {
      if (!cols.has(c)) {
        free++
        starts.add(c)
      }
    }
    return free
  })
  for (const cells of placed) for (const cell of cells) starts.add(cell.start)
  const startsIn = (from: number, to: number) => {
    let n = 0
    for (let c = from; c < to; c++) if (starts.has(c)) n++
    return n
  }
  return placed.map((cells, r) => ({
    cells: cells.map((c) => ({ colspan: startsIn(c.start, c.start + c.colspan), rowspan: c.rowspan })),
    padding: padding[r] ?? 0,
  }))
}
