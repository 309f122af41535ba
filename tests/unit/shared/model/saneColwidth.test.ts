import { describe, expect, it } from 'vitest'
import { bodyDocSchema, type BodyNode } from '@shared/model/body'
import { saneColumnWidth } from '@shared/model/saneColwidth'
import { tableGrid } from '@shared/export/tableGrid'
import { doc, table, td, tr } from '../../../fixtures/builders'

const colwidths = (body: BodyNode): unknown[] =>
  (body.content?.[0]?.content?.[0]?.content ?? []).map((cell) => cell.attrs?.colwidth)

describe('column widths from a draft', () => {
  it('keeps whole px from 20 to 2000, rounds fractions, refuses everything else', () => {
    expect([20, 150, 2000, 150.4, 19.6].map(saneColumnWidth)).toEqual([20, 150, 2000, 150, 20])
    expect(
      [0, -5, 19, 2001, 1e9, Number.NaN, Infinity, '100', null, undefined, true, [100]].map(saneColumnWidth),
    ).toEqual(Array(12).fill(null))
  })

  it('repairs hostile colwidths when a draft is read, keeping the usable ones', () => {
    const hostile = doc(
      table(
        tr(
          td('a', { colwidth: [-5] }),
          td('b', { colwidth: [1e9] }),
          td('c', { colwidth: '100' }),
          td('d', { colspan: 2, colwidth: [120.6, 0] }),
          td('e', { colwidth: [300] }),
          td('f', { colwidth: null }),
        ),
      ),
    )
    const parsed = bodyDocSchema.parse(hostile)
    expect(colwidths(parsed)).toEqual([null, null, null, [121, null], [300], null])
  })

  it('leaves a sane table as it is, the same object', () => {
    const cell = td('a', { colwidth: [150] })
    const parsed = bodyDocSchema.parse(doc(table(tr(cell))))
    expect(parsed.content?.[0]?.content?.[0]?.content?.[0]?.attrs).toEqual(cell.attrs)
  })

  it('gives the exporters no width they cannot use, even from a body never parsed', () => {
    const grid = tableGrid(
      table(tr(td('a', { colwidth: [1e9] }), td('b', { colwidth: [-1] }), td('c', { colwidth: [80] }))),
    )
    expect(grid.widths).toEqual([null, null, 80])
  })
})
