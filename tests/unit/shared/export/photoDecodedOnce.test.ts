import { describe, expect, it, vi } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import * as base64 from '@shared/text/base64'
import * as b from '../../../fixtures/builders'
import { gifFixture } from '../../../fixtures/convertibleImages'
import { DOCX_CASE } from '../../../fixtures/goldenCases'
import { exportDocx } from '../../../helpers/exportDocx'

// Every reader of a photo's base64 goes through this module, so its calls count the decodes.
vi.mock('@shared/text/base64', async (original) => {
  const actual = await original<typeof import('@shared/text/base64')>()
  return { ...actual, decodeBase64: vi.fn(actual.decodeBase64) }
})

describe('a photo shown by many figures', () => {
  it('is decoded and converted once, not once per figure, on every export path', async () => {
    // A GIF, so each decode would also be a conversion to PNG.
    const photo = { mime: 'image/gif' as const, data: gifFixture().bytes.toString('base64'), name: 'co.gif' }
    const figures = Array.from({ length: 1000 }, (_, i) => b.figure('p', '', `Ảnh ${i + 1}`))
    const report = b.reportWith({ ...DOCX_CASE, assets: { p: photo } }, ...figures)
    const decodes = () =>
      vi.mocked(base64.decodeBase64).mock.calls.filter(([text]) => text === photo.data).length

    const page = exportHtml(report)
    expect(page.html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(1000)
    const files = exportHtml(report, { images: { kind: 'files', folderUrl: 'anh' } })
    expect(files.images).toHaveLength(1)
    const docx = await exportDocx(report)
    expect(docx.warnings).toEqual([])
    expect(decodes()).toBe(1)
  })
})
