import type { BodyNode } from '../../model/body'
import { concat, element, type Html } from './htmlElement'
import type { RenderContext } from './renderTypes'
import { tableGrid } from './tableGrid'

const span = (value: unknown) => {
  const n = Math.floor(Number(value ?? 1))
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1
}

const isCell = (node: BodyNode) => node.type === 'tableCell' || node.type === 'tableHeader'

/** A cell holding one plain paragraph is written without the `<p>`, as portals' tables expect. */
function cellContent(cell: BodyNode, ctx: RenderContext): Html {
  const content = cell.content ?? []
  const only = content.length === 1 ? content[0] : undefined
  if (only?.type === 'paragraph' && !only.attrs?.textAlign && !only.attrs?.role)
    return ctx.inline(only.content)
  return ctx.blocks(content)
}

/**
 * A table with its header row in `<thead>` (when the first row is all header cells), the rest in
 * `<tbody>`, and a clean rectangular grid. Anything in a row that is not a cell becomes a cell, and
 * anything in the table that is not a row becomes a one-cell row, so no content is dropped.
 */
export function renderTable(node: BodyNode, ctx: RenderContext): Html {
  const rows = (node.content ?? []).map((row) =>
    row.type === 'tableRow'
      ? (row.content ?? []).map((cell) =>
          isCell(cell) ? cell : { type: 'tableCell' as const, content: [cell] },
        )
      : [{ type: 'tableCell' as const, content: [row] }],
  )
  const nonEmpty = rows.filter((cells) => cells.length > 0)
  if (nonEmpty.length === 0) return '' as Html
  const headerRow = nonEmpty[0]?.every(
    (cell) => cell.type === 'tableHeader' && span(cell.attrs?.rowspan) === 1,
  )
  const grid = tableGrid(
    nonEmpty.map((cells) =>
      cells.map((c) => ({ colspan: span(c.attrs?.colspan), rowspan: span(c.attrs?.rowspan) })),
    ),
  )
  const renderRow = (cells: BodyNode[], r: number, inHead: boolean): Html => {
    const layout = grid[r]
    // Every header cell says what it labels: a row of header cells labels columns, a header cell
    // among data cells labels its row (screen readers and html-validate's WCAG H63 rule rely on it).
    const labelsColumns = inHead || cells.every((cell) => cell.type === 'tableHeader')
    const html = cells.map((cell, i) => {
      const spans = layout?.cells[i]
      const attrs = {
        colspan: spans && spans.colspan > 1 ? spans.colspan : undefined,
        rowspan: spans && spans.rowspan > 1 ? spans.rowspan : undefined,
        scope: cell.type === 'tableHeader' ? (labelsColumns ? 'col' : 'row') : undefined,
      }
      return element(cell.type === 'tableHeader' ? 'th' : 'td', attrs, cellContent(cell, ctx))
    })
    for (let i = 0; i < (layout?.padding ?? 0); i++)
      html.push(inHead ? element('th', { scope: 'col' }) : element('td'))
    return element('tr', {}, concat(html))
  }
  const head =
    headerRow && nonEmpty.length > 0 ? element('thead', {}, renderRow(nonEmpty[0] ?? [], 0, true)) : ''
  const bodyRows = nonEmpty.map((cells, r) =>
    headerRow && r === 0 ? ('' as Html) : renderRow(cells, r, false),
  )
  const body = bodyRows.some(Boolean) ? element('tbody', {}, concat(bodyRows)) : ''
  return element('table', { class: 'st-table' }, concat([head as Html, body as Html]))
}
