import { describe, expect, it } from 'vitest'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import { templateFromReport, templateIdFromName } from '@shared/templates/templateFromReport'
import { parseTemplateText } from '@shared/templates/parseTemplate'
import { reportParagraphs } from '@shared/plainText/reportText'
import { buildSeedReport, loadSeedTemplate } from '../../../../scripts/make-seed-example'

const meta = {
  id: 'giao-ban-cua-toi',
  name: 'Giao ban của tôi',
  description: 'Tuần',
  period: 'weekly' as const,
}

describe('Lưu làm mẫu', () => {
  const base = loadSeedTemplate()
  const seed = buildSeedReport(base)

  it('makes a valid template that keeps the body (without photos) and the fields as defaults', () => {
    const built = templateFromReport(seed, meta, base)
    if (!built.ok) throw new Error(built.message)
    const reparsed = parseTemplateText(JSON.stringify(built.template))
    expect(reparsed.ok).toBe(true)
    expect(JSON.stringify(built.template.body)).not.toContain('"figure"')
    expect(built.template.defaults).toMatchObject({
      title: 'Giao ban Thường trực Tỉnh ủy',
      presidingBody: 'Thường trực Tỉnh ủy',
      chair: seed.fields.chair,
      bridgePoints: [{ place: 'huyện Đầm Hà', chair: seed.fields.bridgePoints[0]!.chair, note: '' }],
    })
    expect(built.template.fields.filter((f) => f.required).map((f) => f.name)).toEqual(
      base.fields.filter((f) => f.required).map((f) => f.name),
    )
    expect(built.template.period).toBe('weekly')
  })

  it('a report from the saved template reads like the original, minus the photo caption', () => {
    const built = templateFromReport(seed, meta, base)
    if (!built.ok) throw new Error(built.message)
    let n = 0
    const draft = createDraftFromTemplate(built.template, {
      id: 'x',
      now: new Date(),
      date: '2022-09-19',
      newId: () => `p${n++}`,
    })
    draft.fields.themeHeader = seed.fields.themeHeader
    draft.fields.byline = seed.fields.byline
    const caption = seed.body.content!.find((b) => b.type === 'figure')!.content![0]!.text
    expect(reportParagraphs(draft)).toEqual(reportParagraphs(seed).filter((p) => p !== caption))
  })

  it('refuses an empty name with a Vietnamese message', () => {
    const built = templateFromReport(seed, { ...meta, name: '   ' }, base)
    expect(built.ok).toBe(false)
    if (!built.ok) {
      expect(built.message).toMatch(/trường "name".*không được để trống/)
      // Built in the window, so the English comes with it for the English interface.
      expect(built.en).toMatch(/^The template was not saved \(field "name"\): too small: expected string/)
    }
  })

  it('derives a file-safe id from a Vietnamese name', () => {
    expect(templateIdFromName('Giao ban Đảng ủy xã – quý IV/2022')).toBe('giao-ban-dang-uy-xa-quy-iv-2022')
    expect(templateIdFromName('???')).toBe('mau')
  })
})
