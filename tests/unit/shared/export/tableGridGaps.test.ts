import { describe, expect, it } from 'vitest'
import { exportAndOpen } from './docx/docxXml'
import { exportHtml } from '@shared/export/html/exportHtml'
import { gapCells, MAX_SPAN, tableGrid } from '@shared/export/tableGrid'
import type { BodyNode } from '@shared/model/body'
import { report, table, td, tr } from '../../../fixtures/builders'
import { wideRowDraft } from '../../../fixtures/hostileDrafts'

describe('table grid gaps cost what the draft holds, not the widest row', () => {
  it('lays one 63,000-column row beside 299 one-cell rows out with one gap per short row', () => {
    const wide = wideRowDraft().body.content?.find((b) => b.type === 'table') as BodyNode
    const grid = tableGrid(wide)
    // Columns start at each wide cell and at the short rows' gap: 1,000 + 1, not 63,000.
    expect(grid.columns).toBe(1001)
    expect(grid.rows).toHaveLength(300)
    const entries = grid.rows.reduce((n, row) => n + row.entries.length, 0)
    expect(entries).toBe(1000 + 299 * 2)
    expect(grid.rows[1]?.entries[1]).toEqual({ kind: 'gap', column: 1, width: 1000 })
  })

  it('splits a gap into as few empty cells as spans allow', () => {
    expect(gapCells({ kind: 'gap', column: 1, width: 1000 })).toHaveLength(Math.ceil(1000 / MAX_SPAN))
    expect(gapCells({ kind: 'gap', column: 2, width: 130 })).toEqual([
      { column: 2, width: 63 },
      { column: 65, width: 63 },
      { column: 128, width: 4 },
    ])
  })

  it('writes a short row as one spanning empty cell in the HTML and the DOCX', async () => {
    const t = table(tr(...Array.from({ length: 40 }, (_, i) => td(`c${i}`))), tr(td('một')))
    const html = exportHtml(report(t), { form: 'fragment' }).html
    expect(html).toContain('<td colspan="39"></td>')
    expect(html.match(/<td/g)).toHaveLength(42)
    const { document } = await exportAndOpen(report(t))
    expect(document).toContain('<w:gridSpan w:val="39"/>')
    expect(document.match(/<w:tc>/g)).toHaveLength(42)
  })
})
