import { describe, expect, it } from 'vitest'
import { emptyFields, type ReportFields } from '@shared/model/fields'
import { createMatcher } from '@shared/text/findMatches'
import { fieldTextSlots, findInFields, replaceFieldHits } from '@shared/templates/fieldTextSlots'

function sample(): ReportFields {
  return {
    ...emptyFields(),
    title: 'Giao ban Thường trực Tỉnh ủy',
    presidingBody: 'Thường trực Tỉnh ủy',
    chair: { name: 'Nguyễn Văn Hòa', titles: ['Bí thư Tỉnh ủy'], separator: 'comma' },
    bridgePoints: [
      {
        id: 'bp1',
        place: 'huyện Hoà Bình',
        chair: { name: 'Lê Hóa', titles: [], separator: 'comma' },
        note: '',
      },
    ],
    byline: { prefix: 'Tin:', author: 'Trần Hoa', unit: '' },
  }
}

describe('find and replace in the field values', () => {
  it('finds hits slot by slot in the panel order', () => {
    const hits = findInFields(
      sample(),
      createMatcher('hoa', { matchCase: false, wholeWord: false, ignoreTones: true }),
      100,
    )
    expect(hits.map((h) => h.slotId)).toEqual([
      'chair.name',
      'bridgePoints.bp1.place',
      'bridgePoints.bp1.chair.name',
      'byline.author',
    ])
    expect(hits[0]).toEqual({ key: 'chair', slotId: 'chair.name', from: 11, to: 14 })
    expect(
      findInFields(
        sample(),
        createMatcher('tỉnh ủy', { matchCase: false, wholeWord: false, ignoreTones: false }),
        2,
      ),
    ).toHaveLength(2)
  })

  it('replaces through the slots, leaving every other value as it was', () => {
    const fields = sample()
    const matcher = createMatcher('hoa', { matchCase: false, wholeWord: false, ignoreTones: true })
    const next = replaceFieldHits(fields, findInFields(fields, matcher, 100), 'Bình')
    expect(next.chair?.name).toBe('Nguyễn Văn Bình')
    expect(next.bridgePoints[0]?.place).toBe('huyện Bình Bình')
    expect(next.bridgePoints[0]?.chair?.name).toBe('Lê Bình')
    expect(next.byline).toEqual({ prefix: 'Tin:', author: 'Trần Bình', unit: '' })
    expect(next.title).toBe(fields.title)
    expect(next.chair?.titles).toEqual(['Bí thư Tỉnh ủy'])
    expect(findInFields(next, matcher, 100)).toEqual([])
    // Only the hits given: the first one alone.
    const one = replaceFieldHits(fields, findInFields(fields, matcher, 1), 'X')
    expect(one.chair?.name).toBe('Nguyễn Văn X')
    expect(one.byline.author).toBe('Trần Hoa')
  })

  it('marks a replaced theme header as the officer’s own text', () => {
    const fields = { ...sample(), themeHeader: { text: 'Giao ban tuần', overridden: false } }
    const slot = fieldTextSlots(fields).find((s) => s.id === 'themeHeader')
    expect(slot?.write(fields, 'Hội nghị').themeHeader).toEqual({ text: 'Hội nghị', overridden: true })
  })
})
