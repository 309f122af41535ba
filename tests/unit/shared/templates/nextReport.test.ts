import { describe, expect, it } from 'vitest'
import { defaultSettings } from '@shared/settings/settings'
import { nextMeetingDate } from '@shared/templates/periods'
import { nextReport, skeletonOf } from '@shared/templates/nextReport'
import { reportParagraphs } from '@shared/plainText/reportText'
import { buildSeedReport, loadSeedTemplate } from '../../../../scripts/make-seed-example'
import { block, doc, p } from '../../../fixtures/builders'

describe('next meeting date', () => {
  it.each([
    ['2022-09-19', 'weekly', '2022-09-26'],
    ['2022-12-29', 'weekly', '2023-01-05'],
    ['2022-01-31', 'monthly', '2022-02-28'],
    ['2024-01-31', 'monthly', '2024-02-29'],
    ['2022-12-15', 'monthly', '2023-01-15'],
    ['2022-11-30', 'quarterly', '2023-02-28'],
    ['2022-03-31', 'quarterly', '2022-06-30'],
    ['2022-09-19', 'one-off', null],
  ] as const)('%s + %s → %s', (from, period, expected) => {
    expect(nextMeetingDate(from, period)).toBe(expected)
  })

  it('has no next date without a date', () => {
    expect(nextMeetingDate(null, 'weekly')).toBeNull()
  })
})

describe('Báo cáo kỳ tiếp theo', () => {
  const template = loadSeedTemplate()
  const seed = buildSeedReport(template)
  const now = new Date('2022-09-20T02:00:00Z')

  it('keeps every field and person, moves the date a week, and starts again from the skeleton', () => {
    const next = nextReport(seed, { id: 'next-1', now, template })
    expect(next.id).toBe('next-1')
    expect(next.templateId).toBe(seed.templateId)
    expect(next.createdAt).toBe(now.toISOString())
    expect(next.fields).toEqual({ ...seed.fields, meetingDate: '2022-09-26' })
    expect(next.body).toEqual(template.body)
    expect(next.assets).toEqual({})
    const lines = reportParagraphs(next)
    expect(lines[2]).toMatch(/^Ngày 26\/9, Thường trực Tỉnh ủy họp giao ban tuần/)
    expect(lines[2]).toContain('Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng')
    expect(lines[3]).toBe(
      'Tại điểm cầu huyện Đầm Hà, đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì cuộc họp.',
    )
    expect(lines.join('\n')).not.toContain('Nghị quyết số 01-NQ/TU')
    expect(lines.at(-1)).toBe('Thu Hiền (Trung tâm TT-VH)')
  })

  it('keeps the recurring part of the title and clears this week’s headline', () => {
    const headlined = {
      ...seed,
      fields: { ...seed.fields, title: 'Giao ban Thường trực Tỉnh ủy: Tháo gỡ khó khăn cho doanh nghiệp' },
    }
    expect(nextReport(headlined, { id: 'n', now, template }).fields.title).toBe(
      'Giao ban Thường trực Tỉnh ủy',
    )
    // Without its template, the headline still goes at the separator.
    const orphan = { ...headlined, fields: { ...headlined.fields, title: 'Giao ban tuần – Việc gấp' } }
    expect(nextReport(orphan, { id: 'n', now, template: null }).fields.title).toBe('Giao ban tuần')
  })

  it('re-picks the theme of the new year unless the report overrode it', () => {
    const settings = defaultSettings()
    settings.units[0]!.themes = [
      { year: 2022, text: 'Chủ đề năm 2022' },
      { year: 2023, text: 'Chủ đề năm 2023' },
    ]
    const lastWeekOf2022 = { ...seed, fields: { ...seed.fields, meetingDate: '2022-12-28' } }
    const overridden = nextReport(lastWeekOf2022, { id: 'n', now, template, settings })
    expect(overridden.fields.themeHeader).toEqual(seed.fields.themeHeader)
    const fromSettings = {
      ...lastWeekOf2022,
      fields: { ...lastWeekOf2022.fields, themeHeader: { text: 'Chủ đề năm 2022', overridden: false } },
    }
    const next = nextReport(fromSettings, { id: 'n', now, template, settings })
    expect(next.fields.meetingDate).toBe('2023-01-04')
    expect(next.fields.themeHeader).toEqual({ text: 'Chủ đề năm 2023', overridden: false })
  })

  it('without its template keeps the field-bearing skeleton of the report and drops the free text', () => {
    const next = nextReport(seed, { id: 'n', now, template: null })
    expect(next.fields.meetingDate).toBeNull()
    const types = (next.body.content ?? []).map((b) => b.type)
    expect(types).toEqual([
      'themeHeader',
      'reportTitle',
      'paragraph',
      'bridgePoints',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'byline',
    ])
    expect(JSON.stringify(next.body)).not.toContain('Sau gần 2 năm')
    expect(JSON.stringify(next.body)).not.toContain('figure')
  })

  it('skeletonOf leaves one empty paragraph where free text stood', () => {
    const body = skeletonOf(doc(block('reportTitle'), p('một'), p('hai'), block('byline')))
    expect(body.content).toEqual([{ type: 'reportTitle' }, { type: 'paragraph' }, { type: 'byline' }])
  })
})
