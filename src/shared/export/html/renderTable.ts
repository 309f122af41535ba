import type { BodyNode } from '../../model/body'
import { cellAlign, gapCells, tableGrid, type GridRow } from '../tableGrid'
import { concat, element, type Html } from './htmlElement'
import type { RenderContext } from './renderTypes'

/** A cell holding one plain paragraph is written without the `<p>`, as portals' tables expect. */
function cellContent(cell: BodyNode, ctx: RenderContext): Html {
  const content = cell.content ?? []
  const only = content.length === 1 ? content[0] : undefined
  if (only?.type === 'paragraph' && !only.attrs?.textAlign && !only.attrs?.role)
    return ctx.inline(only.content)
  return ctx.blocks(content)
}

/** The cell's alignment from the table toolbar, as the editor shows it. */
function alignStyle(cell: BodyNode): string | undefined {
  const align = cellAlign(cell)
  return align ? `text-align: ${align}` : undefined
}

/**
 * The editor's column widths as shares of the table, so a portal keeps the proportions the officer
 * dragged; nothing when any column has none (the browser shares the width out, as the editor did).
 */
function colgroup(widths: readonly (number | null)[]): Html {
  const known = widths.filter((w): w is number => w !== null)
  if (known.length === 0 || known.length !== widths.length) return '' as Html
  const sum = known.reduce((a, b) => a + b, 0)
  const cols = known.map((w) => element('col', { style: `width: ${Math.round((w / sum) * 10000) / 100}%` }))
  return element('colgroup', {}, concat(cols))
}

function renderRow(row: GridRow, inHead: boolean, ctx: RenderContext): Html {
  // Every header cell says what it labels: a row of header cells labels columns, a header cell
  // among data cells labels its row (screen readers and html-validate's WCAG H63 rule rely on it).
  const labelsColumns = inHead || row.entries.every((e) => e.kind === 'gap' || e.header)
  const html = row.entries.flatMap((entry) => {
    if (entry.kind === 'gap')
      return gapCells(entry).map(({ width }) => {
        const colspan = width > 1 ? width : undefined
        return inHead ? element('th', { scope: 'col', colspan }) : element('td', { colspan })
      })
    const attrs = {
      colspan: entry.width > 1 ? entry.width : undefined,
      rowspan: entry.rowspan > 1 ? entry.rowspan : undefined,
      scope: entry.header ? (labelsColumns ? 'col' : 'row') : undefined,
      style: alignStyle(entry.node),
    }
    return [element(entry.header ? 'th' : 'td', attrs, cellContent(entry.node, ctx))]
  })
  return element('tr', {}, concat(html))
}

/**
 * A table on the grid the DOCX also uses (`../tableGrid`): its header rows in `<thead>`, the rest
 * in `<tbody>`.
 */
export function renderTable(node: BodyNode, ctx: RenderContext): Html {
  const grid = tableGrid(node)
  if (grid.rows.length === 0) return '' as Html
  const head = grid.rows.slice(0, grid.headerRows).map((row) => renderRow(row, true, ctx))
  const body = grid.rows.slice(grid.headerRows).map((row) => renderRow(row, false, ctx))
  return element(
    'table',
    { class: 'st-table' },
    concat([
      colgroup(grid.widths),
      head.length ? element('thead', {}, concat(head)) : ('' as Html),
      body.length ? element('tbody', {}, concat(body)) : ('' as Html),
    ]),
  )
}
