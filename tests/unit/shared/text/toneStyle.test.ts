import { describe, expect, it } from 'vitest'
import { countToneStyles, syllableToneStyle, withToneStyle } from '@shared/text/toneStyle'

const PAIRS: [string, string][] = [
  ['hòa', 'hoà'],
  ['thủy', 'thuỷ'],
  ['ủy', 'uỷ'],
  ['khỏe', 'khoẻ'],
  ['Hòa', 'Hoà'],
  ['HÒA', 'HOÀ'],
  ['Ủy', 'Uỷ'],
  ['Thụy', 'Thuỵ'],
  ['tùy', 'tuỳ'],
  ['xòe', 'xoè'],
  ['góa', 'goá'],
  ['nhòa', 'nhoà'],
  ['họa', 'hoạ'],
  ['òa', 'oà'],
]

describe('tone-mark style', () => {
  it.each(PAIRS)('%s is old style and %s new style, each way', (old, neu) => {
    expect(withToneStyle(old, 'new')).toBe(neu)
    expect(withToneStyle(neu, 'old')).toBe(old)
    expect(withToneStyle(old, 'old')).toBe(old)
    expect(withToneStyle(neu, 'new')).toBe(neu)
    expect(syllableToneStyle(old)).toBe('old')
    expect(syllableToneStyle(neu)).toBe('new')
  })

  it('leaves qu- and gi- syllables, closed syllables and other vowels alone', () => {
    const still = 'quý quả quỳ giá giữa hoàn hoàng thuyết khoét tuyển khuỷu ngoái hội nghị'
    expect(withToneStyle(still, 'new')).toBe(still)
    expect(withToneStyle(still, 'old')).toBe(still)
    for (const word of still.split(' ')) expect(syllableToneStyle(word)).toBeNull()
  })

  it('converts whole sentences, keeping everything between the words', () => {
    const old = 'Đồng chí Bí thư Tỉnh ủy chúc sức khỏe; Ủy ban “hòa giải”, thủy lợi.'
    const neu = 'Đồng chí Bí thư Tỉnh uỷ chúc sức khoẻ; Uỷ ban “hoà giải”, thuỷ lợi.'
    expect(withToneStyle(old, 'new')).toBe(neu)
    expect(withToneStyle(neu, 'old')).toBe(old)
    expect(countToneStyles(old)).toEqual({ old: 5, new: 0 })
    expect(countToneStyles(old + ' ' + neu)).toEqual({ old: 5, new: 5 })
  })

  it('reads decomposed input and writes NFC', () => {
    const nfd = 'Tỉnh ủy'.normalize('NFD')
    const out = withToneStyle(nfd, 'new')
    expect(out).toBe('Tỉnh uỷ')
    expect(out.normalize('NFC')).toBe(out)
  })
})
