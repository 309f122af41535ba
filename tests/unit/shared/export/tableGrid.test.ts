import { describe, expect, it } from 'vitest'
import { MAX_SPAN, tableGrid, type TableGrid } from '@shared/export/tableGrid'
import type { BodyNode } from '@shared/model/body'
import { p, table, td, th, tr } from '../../../fixtures/builders'
import { ODD_TABLES } from '../../../fixtures/oddTables'

const text = (node: BodyNode): string => (node.text ?? '') + (node.content ?? []).map(text).join('')

/** Each row as "text@column+width×rowspan" for cells and "_@column+width" for gaps. */
function shape(grid: TableGrid): string[][] {
  return grid.rows.map((row) =>
    row.entries.map((e) =>
      e.kind === 'cell' ? `${text(e.node)}@${e.column}+${e.width}×${e.rowspan}` : `_@${e.column}+${e.width}`,
    ),
  )
}

const odd = (name: string): BodyNode => {
  const found = ODD_TABLES.find((c) => c.name === name)
  if (!found) throw new Error(name)
  return found.table
}

describe('table grid model', () => {
  it('leaves a clean table alone', () => {
    const grid = tableGrid(odd('clean 2×2'))
    expect(grid.columns).toBe(2)
    expect(shape(grid)).toEqual([
      ['a@0+1×1', 'b@1+1×1'],
      ['c@0+1×1', 'd@1+1×1'],
    ])
    expect(grid.headerRows).toBe(0)
  })

  it(`caps spans at ${MAX_SPAN} and reads them as whole positive numbers`, () => {
    for (const name of ['colspan 63', 'colspan 64', 'colspan 1000']) {
      const grid = tableGrid(odd(name))
      // 63 columns wide, but only three start a cell or a gap: the rest merge into the third.
      expect(grid.columns, name).toBe(3)
      expect(shape(grid), name).toEqual([['a@0+3×1'], ['b@0+1×1', 'c@1+1×1', '_@2+1']])
    }
    expect(shape(tableGrid(odd('colspan 0')))[0]).toEqual(['a@0+1×1', 'b@1+1×1'])
    expect(shape(tableGrid(odd('spans as strings, fractions, negatives')))).toEqual([
      ['a@0+2×1', 'b@2+1×1', 'c@3+1×1'],
      ['d@0+1×1', 'e@1+1×1', 'f@2+1×1', '_@3+1'],
    ])
  })

  it('stops rowspans at the last row and records the slots they cover', () => {
    const grid = tableGrid(odd('rowspan beyond the table'))
    expect(shape(grid)).toEqual([['a@0+1×2', 'b@1+1×1'], ['c@1+1×1']])
    expect(grid.rows[1]?.covered).toEqual([{ column: 0, width: 1 }])
    expect(shape(tableGrid(odd('rowspan 1000')))).toEqual([['a@0+1×2', 'b@1+1×1'], ['c@1+1×1']])
  })

  it('cuts a colspan short where a cell from above already is', () => {
    expect(shape(tableGrid(odd('colspan running into a rowspan')))).toEqual([
      ['a@0+1×1', 'b@1+1×2', 'c@2+1×1'],
      ['d@0+1×1', '_@2+1'],
    ])
  })

  it('merges columns in which no cell starts', () => {
    const grid = tableGrid(odd('empty columns'))
    expect(grid.columns).toBe(2)
    expect(shape(grid)).toEqual([
      ['a@0+1×1', 'b@1+1×1'],
      ['c@0+1×1', 'd@1+1×1'],
    ])
    expect(shape(tableGrid(odd('one wide cell')))).toEqual([['một ô rộng@0+1×1']])
  })

  it('drops rows without cells, fills short rows with gaps, and keeps stray content as cells', () => {
    expect(shape(tableGrid(odd('a row with no cells')))).toHaveLength(2)
    expect(shape(tableGrid(odd('rows of different lengths')))).toEqual([
      ['a@0+1×1', '_@1+2'],
      ['b@0+1×1', 'c@1+1×1', 'd@2+1×1'],
      ['e@0+1×1', 'f@1+1×1', '_@2+1'],
    ])
    expect(shape(tableGrid(odd('stray content')))).toEqual([
      ['đoạn lạc@0+1×1', '_@1+1'],
      ['x@0+1×1', 'y@1+1×1'],
    ])
    expect(tableGrid(table(tr(), tr())).rows).toEqual([])
  })

  it('counts leading header rows, never splitting a cell that spans down', () => {
    expect(tableGrid(odd('two header rows')).headerRows).toBe(2)
    expect(tableGrid(odd('short header row')).headerRows).toBe(1)
    expect(tableGrid(odd('header cell spanning into the body')).headerRows).toBe(0)
    expect(tableGrid(odd('header cells beside data cells')).headerRows).toBe(0)
  })

  it("sums the editor's column widths per merged column", () => {
    expect(tableGrid(odd('editor column widths')).widths).toEqual([100, 50, 150])
    const merged = table(tr(td('a', { colspan: 2, colwidth: [50, 150] })), tr(td('b', { colspan: 2 })))
    expect(tableGrid(merged).widths).toEqual([200])
    expect(tableGrid(table(tr(td('a'), th('b', { colwidth: [80] })))).widths).toEqual([null, 80])
    expect(tableGrid(table(tr(p('x')))).widths).toEqual([null])
  })
})
