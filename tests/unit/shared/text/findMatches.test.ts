import { describe, expect, it } from 'vitest'
import { createMatcher, findMatches, MAX_MATCHES, type FindOptions } from '@shared/text/findMatches'

const opts = (o: Partial<FindOptions> = {}): FindOptions => ({
  matchCase: false,
  wholeWord: false,
  ignoreTones: false,
  ...o,
})
const found = (text: string, query: string, o: Partial<FindOptions> = {}) =>
  findMatches(text, query, opts(o)).map((m) => text.slice(m.from, m.to))

describe('findMatches', () => {
  it('finds every match, ignoring case unless asked', () => {
    expect(found('Hòa Bình, hòa bình, HÒA BÌNH', 'hòa bình')).toEqual(['Hòa Bình', 'hòa bình', 'HÒA BÌNH'])
    expect(found('Hòa Bình, hòa bình, HÒA BÌNH', 'hòa bình', { matchCase: true })).toEqual(['hòa bình'])
    expect(findMatches('aaaa', 'aa', opts())).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
    ])
  })

  it('ignores the five tone marks when asked, old and new tone placement alike', () => {
    const text = 'hòa, hoà, hóa, HOÁ, hỏa, hõa, họa, hoa'
    expect(found(text, 'hoa', { ignoreTones: true })).toHaveLength(8)
    expect(found(text, 'hoa')).toEqual(['hoa'])
    expect(found(text, 'hòa')).toEqual(['hòa'])
    // A toned query finds the untoned and other-toned spellings too.
    expect(found('hoa hóa', 'hòa', { ignoreTones: true })).toEqual(['hoa', 'hóa'])
  })

  it('keeps the vowel-shape marks and đ distinct', () => {
    expect(found('hơ hở hoă hôa hoa', 'hoa', { ignoreTones: true })).toEqual(['hoa'])
    expect(found('đo do', 'do', { ignoreTones: true })).toEqual(['do'])
    expect(found('Trường trương truong', 'trương', { ignoreTones: true })).toEqual(['Trường', 'trương'])
  })

  it('matches whole words only when asked, Vietnamese letters included', () => {
    const text = 'hòa hòabình Hòa-Bình xhòa hòa1 hòa'
    expect(found(text, 'hòa', { wholeWord: true })).toEqual(['hòa', 'Hòa', 'hòa'])
    expect(found('tỉnh ủy, ủyban, lủy', 'ủy', { wholeWord: true })).toEqual(['ủy'])
    expect(found('ủy', 'ủy', { wholeWord: true })).toEqual(['ủy'])
  })

  it('gives offsets in the original string, after multi-unit and astral characters', () => {
    const text = '😀 Hội nghị 😀 hội'
    const matches = findMatches(text, 'hội', opts())
    expect(matches).toEqual([
      { from: 3, to: 6 },
      { from: 15, to: 18 },
    ])
    expect(matches.map((m) => text.slice(m.from, m.to))).toEqual(['Hội', 'hội'])
  })

  it('maps matches in NFD text back to whole characters of that text', () => {
    const text = 'Chủ trì hòa giải'.normalize('NFD')
    const [m] = findMatches(text, 'hòa', opts())
    expect(m).toBeDefined()
    expect(text.slice(m!.from, m!.to).normalize('NFC')).toBe('hòa')
    expect(findMatches(text, 'hoa', opts({ ignoreTones: true }))).toEqual([m])
    // An NFD query finds NFC text.
    expect(found('hòa', 'hòa'.normalize('NFD'))).toEqual(['hòa'])
    // Tones kept: "ho" + "a" must not stop inside the NFD "ò".
    expect(findMatches('hòa'.normalize('NFD'), 'ho', opts())).toEqual([])
  })

  it('finds nothing for an empty query and caps the number of matches', () => {
    expect(findMatches('abc', '', opts())).toEqual([])
    expect(findMatches('abc', '\u0300', opts({ ignoreTones: true }))).toEqual([])
    const many = 'a'.repeat(MAX_MATCHES + 50)
    expect(findMatches(many, 'a', opts())).toHaveLength(MAX_MATCHES)
    expect(createMatcher('a', opts())('aaaa', 3)).toHaveLength(3)
  })
})
