import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import { gapCells, tableGrid, type TableGrid } from '@shared/export/tableGrid'
import type { BodyNode } from '@shared/model/body'
import { report } from '../../../fixtures/builders'
import { ODD_TABLES } from '../../../fixtures/oddTables'
import { exportAndOpen, xmlParagraphs } from './docx/docxXml'
import { attr, byTag, parseArticle, textOf, type HtmlElement } from './html/htmlTree'

/** One laid-out cell: where it starts, what it spans, what it says. Empty fillers say "". */
interface Laid {
  row: number
  column: number
  colspan: number
  rowspan: number
  text: string
}

interface Layout {
  columns: number
  headerRows: number
  cells: Laid[]
}

const byPosition = (a: Laid, b: Laid) => a.row - b.row || a.column - b.column
const plain = (node: BodyNode): string => (node.text ?? '') + (node.content ?? []).map(plain).join('')

function fromModel(grid: TableGrid): Layout {
  const cells = grid.rows.flatMap((row, r) =>
    row.entries.flatMap((e): Laid[] =>
      e.kind === 'cell'
        ? [{ row: r, column: e.column, colspan: e.width, rowspan: e.rowspan, text: plain(e.node) }]
        : gapCells(e).map(({ column, width }) => ({ row: r, column, colspan: width, rowspan: 1, text: '' })),
    ),
  )
  return { columns: grid.columns, headerRows: grid.headerRows, cells: cells.sort(byPosition) }
}

/** Reads the table back from `word/document.xml`: `w:gridCol`, `w:gridSpan`, `w:vMerge`, `w:tblHeader`. */
function fromDocx(document: string): Layout {
  const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)?.[0] ?? ''
  const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
  const open = new Map<number, Laid>()
  const cells: Laid[] = []
  rows.forEach((row, r) => {
    let column = 0
    for (const tc of row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
      const colspan = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1)
      const merge = /<w:vMerge w:val="(\w+)"\/>/.exec(tc)?.[1]
      const above = open.get(column)
      if (merge === 'continue' && above) above.rowspan++
      else {
        const cell = {
          row: r,
          column,
          colspan,
          rowspan: 1,
          text: xmlParagraphs(tc)
            .map((p) => p.text)
            .join(''),
        }
        cells.push(cell)
        if (merge === 'restart') open.set(column, cell)
        else open.delete(column)
      }
      column += colspan
    }
  })
  return {
    columns: (table.match(/<w:gridCol /g) ?? []).length,
    headerRows: rows.filter((row) => row.includes('<w:tblHeader/>')).length,
    cells: cells.sort(byPosition),
  }
}

/** Lays the `<table>` out by the HTML table model (rowspans end with their row group). */
function fromHtml(table: HtmlElement): Layout {
  const groups = [...byTag(table, 'thead'), ...byTag(table, 'tbody')].map((g) => byTag(g, 'tr'))
  const cells: Laid[] = []
  const taken = new Set<string>()
  let first = 0
  let columns = 0
  for (const rows of groups) {
    rows.forEach((tr, i) => {
      const r = first + i
      let column = 0
      for (const cell of tr.childNodes.filter((n): n is HtmlElement => 'tagName' in n)) {
        while (taken.has(`${r}:${column}`)) column++
        const colspan = Number(attr(cell, 'colspan') ?? 1)
        const rowspan = Math.min(Number(attr(cell, 'rowspan') ?? 1), rows.length - i)
        for (let dr = 0; dr < rowspan; dr++)
          for (let dc = 0; dc < colspan; dc++) taken.add(`${r + dr}:${column + dc}`)
        cells.push({ row: r, column, colspan, rowspan, text: textOf(cell) })
        column += colspan
        columns = Math.max(columns, column)
      }
    })
    first += rows.length
  }
  const head = byTag(table, 'thead')[0]
  return { columns, headerRows: head ? byTag(head, 'tr').length : 0, cells: cells.sort(byPosition) }
}

describe('table grids: the DOCX and the HTML lay every odd table out as the model does', () => {
  for (const { name, table } of ODD_TABLES) {
    it(name, async () => {
      const model = fromModel(tableGrid(table))
      const { document } = await exportAndOpen(report(table))
      const html = exportHtml(report(table), { form: 'fragment' }).html
      const tables = byTag(parseArticle(html), 'table')
      expect(tables).toHaveLength(1)
      expect(fromDocx(document), 'DOCX').toEqual(model)
      expect(fromHtml(tables[0] as HtmlElement), 'HTML').toEqual(model)
      // Every slot covered exactly once: the grid is a rectangle.
      const slots = model.cells.reduce((n, c) => n + c.colspan * c.rowspan, 0)
      expect(slots).toBe(model.columns * tableGrid(table).rows.length)
    })
  }

  it('writes no table for a table without cells, in either output', async () => {
    const empty: BodyNode = { type: 'table', content: [{ type: 'tableRow', content: [] }] }
    const { document } = await exportAndOpen(report(empty))
    expect(document).not.toContain('<w:tbl>')
    expect(exportHtml(report(empty), { form: 'fragment' }).html).not.toContain('<table')
  })
})
