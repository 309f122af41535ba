import { describe, expect, it } from 'vitest'
import { buildDocxDocument } from '@shared/export/docx/buildDocxDocument'
import { buildDocxDocumentAsync } from '@shared/export/docx/buildDocxDocumentAsync'
import {
  assertDocxBudget,
  assertHtmlBudget,
  BudgetError,
  DRAFT_BUDGET,
  draftBudgetProblem,
  estimatedOutputBytes,
} from '@shared/export/draftBudget'
import { exportHtml } from '@shared/export/html/exportHtml'
import { countJsonObjects } from '@shared/export/jsonObjectCount'
import { parseDraftWithinBudget } from '@shared/export/parseDraftWithinBudget'
import type { BodyNode } from '@shared/model/body'
import { serializeReport } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { draft, p, table, td, tr } from '../../../fixtures/builders'
import { manyNodesDraft, sharedPhotoDraft, wideRowDraft } from '../../../fixtures/hostileDrafts'
import { referenceReport } from '../../../fixtures/referenceReport'
import { largeReport } from '../../../helpers/largeReport'

const grid = (rows: number, cols: number): BodyNode =>
  table(
    ...Array.from({ length: rows }, (_, r) => tr(...Array.from({ length: cols }, (_, c) => td(`${r}.${c}`)))),
  )

const withBlocks = (...blocks: BodyNode[]): Report => draft({ id: 'ngan-sach' }, ...blocks)

const thrown = (f: () => unknown): unknown => {
  try {
    f()
  } catch (error) {
    return error
  }
  return undefined
}

describe('draft budgets: tables', () => {
  it('refuses a table wider than Word allows, naming it', () => {
    expect(draftBudgetProblem(wideRowDraft())?.vi).toBe(
      'Bảng 1 có 1.001 cột; tối đa 63 cột (giới hạn của Word).',
    )
    const second = withBlocks(grid(2, 3), p('giữa'), table(tr(...Array.from({ length: 64 }, () => td('x')))))
    expect(draftBudgetProblem(second)).toEqual({
      vi: 'Bảng 2 có 64 cột; tối đa 63 cột (giới hạn của Word).',
      en: "Table 2 has 64 columns; at most 63 (Word's limit).",
    })
    expect(draftBudgetProblem(withBlocks(grid(2, 63)))).toBeNull()
  })

  it('numbers tables in reading order, a nested table after the one holding it', () => {
    const nested = table(
      tr({ type: 'tableCell', content: [table(tr(...Array.from({ length: 70 }, () => td('x'))))] }),
    )
    expect(draftBudgetProblem(withBlocks(grid(1, 2), nested))?.vi).toBe(
      'Bảng 3 có 70 cột; tối đa 63 cột (giới hạn của Word).',
    )
  })

  it('refuses a table of too many slots, counted on the padded grid', () => {
    // 60 cells in the first row, one in each of the other 399: 459 cells but 24,000 slots.
    const padded = table(
      tr(...Array.from({ length: 60 }, () => td('x'))),
      ...Array.from({ length: 399 }, () => tr(td('y'))),
    )
    expect(draftBudgetProblem(withBlocks(padded))?.vi).toBe(
      'Bảng 1 có 400 dòng × 60 cột = 24.000 ô; tối đa 20.000 ô một bảng.',
    )
    expect(draftBudgetProblem(withBlocks(grid(2001, 10)))?.vi).toBe(
      'Bảng 1 có 20.010 ô; tối đa 20.000 ô một bảng.',
    )
  })

  it('refuses a draft whose tables hold too many cells together', () => {
    const tables = [grid(1550, 10), grid(1550, 10)]
    expect(draftBudgetProblem(withBlocks(...tables))?.vi).toBe(
      'Các bảng trong bản thảo có tổng cộng 31.000 ô; tối đa 30.000 ô.',
    )
    expect(draftBudgetProblem(withBlocks(grid(1450, 10), grid(1450, 10)))).toBeNull()
  })

  it('refuses a body of too many nodes', () => {
    // The doc, then a paragraph and its text for each paragraph.
    expect(draftBudgetProblem(manyNodesDraft(60_000))?.vi).toBe(
      'Bản thảo có 120.001 thành phần (đoạn, chữ, ô bảng…); tối đa 100.000.',
    )
  })
})

describe('draft budgets: output size, checked before building', () => {
  it('refuses an HTML page that embeds one photo in 300 figures, and suggests an images folder', () => {
    const report = sharedPhotoDraft(300)
    const error = thrown(() => exportHtml(report))
    expect(error).toBeInstanceOf(BudgetError)
    expect((error as Error).message).toBe(
      `Trang HTML sẽ nặng khoảng ${Math.round(estimatedOutputBytes(report, 'html-embedded') / 1048576)} MB (tối đa 256 MB): ảnh "hoi-nghi.jpg" được nhúng lại ở 300 hình; hãy xuất với ảnh thành tệp riêng (ô "Ảnh thành tệp riêng" trong ứng dụng, --images-dir ở dòng lệnh).`,
    )
    // The photo is 1 MB of JPEG, 1.4 MB of base64: 300 copies are over 400 MB.
    expect(estimatedOutputBytes(report, 'html-embedded')).toBeGreaterThan(400 * 1048576)
    const files = exportHtml(report, { images: { kind: 'files', folderUrl: 'anh' } })
    expect(files.images).toHaveLength(1)
  })

  it('refuses a DOCX that would decode one photo for 1,000 figures, before building anything', async () => {
    const report = sharedPhotoDraft(1000)
    expect(() => assertDocxBudget(report)).toThrow(
      /^Bản DOCX cần xử lý khoảng [\d.]+ MB ảnh và chữ \(tối đa 512 MB\): ảnh "hoi-nghi\.jpg" được dùng lại ở 1\.000 hình; hãy bớt số hình dùng chung một ảnh hoặc dùng ảnh nhỏ hơn\.$/,
    )
    const started = performance.now()
    expect(() => buildDocxDocument(report)).toThrow(BudgetError)
    await expect(buildDocxDocumentAsync(report)).rejects.toThrow(BudgetError)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('checks a report built by editing in both exporters (the draft reader never saw it)', () => {
    const wide = withBlocks(table(tr(...Array.from({ length: 64 }, () => td('x')))))
    const message = 'Bảng 1 có 64 cột; tối đa 63 cột (giới hạn của Word).'
    expect(() => exportHtml(wide)).toThrow(message)
    expect(() => buildDocxDocument(wide)).toThrow(message)
    expect(() => assertHtmlBudget(wide, false)).toThrow(BudgetError)
  })

  it('lets the reference report ×10 and a large report ×10 through with a wide margin', () => {
    const reference = referenceReport({ scale: 10 })
    const large = largeReport(1, 30_000)
    for (const report of [reference, large]) {
      expect(draftBudgetProblem(report)).toBeNull()
      expect(() => assertHtmlBudget(report, true)).not.toThrow()
      expect(() => assertDocxBudget(report)).not.toThrow()
      expect(countJsonObjects(new TextEncoder().encode(serializeReport(report)))).toBeLessThan(
        DRAFT_BUDGET.draftObjects / 4,
      )
    }
    for (const kind of ['html-embedded', 'docx'] as const)
      expect(estimatedOutputBytes(reference, kind)).toBeLessThan(DRAFT_BUDGET.htmlBytes / 10)
  })
})

describe('reading a draft within budget', () => {
  it('counts JSON objects outside strings, stopping past the limit', () => {
    const bytes = new TextEncoder().encode('{"a":"{\\"{","b":[{},{"c":"}"}]}')
    expect(countJsonObjects(bytes)).toBe(3)
    expect(countJsonObjects(new TextEncoder().encode('{}'.repeat(100)), 10)).toBe(11)
  })

  it('refuses a file of too many objects before parsing it', () => {
    const json = `[${'{},'.repeat(DRAFT_BUDGET.draftObjects)}{}]`
    const started = performance.now()
    expect(parseDraftWithinBudget(new TextEncoder().encode(json))).toMatchObject({
      ok: false,
      code: 'over-budget',
      message: 'Bản thảo có hơn 400.000 thành phần dữ liệu (đoạn, chữ, ô bảng, định dạng…); tối đa 400.000.',
    })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('refuses a parsed draft over a table budget, and passes a good one through', () => {
    const bytes = (r: Report) => new TextEncoder().encode(serializeReport(r))
    expect(parseDraftWithinBudget(bytes(wideRowDraft()))).toMatchObject({ ok: false, code: 'over-budget' })
    expect(parseDraftWithinBudget(bytes(withBlocks(grid(3, 3))))).toMatchObject({ ok: true })
  })
})
