import { describe, expect, it } from 'vitest'
import { stripRejectedCharacters, wordSafeSegments } from '../../../../src/shared/export/docx/wordSafeText'

const text = (segments: ReturnType<typeof wordSafeSegments>) =>
  segments.map((s) => (s.kind === 'text' ? s.text : s.kind === 'break' ? '⏎' : '⇥')).join('')

describe('text Word accepts', () => {
  it('turns a vertical tab (Word’s manual line break) and every line end into a line break', () => {
    expect(text(wordSafeSegments('một\u000Bhai\r\nba\rbốn\nnăm\u2028sáu'))).toBe('một⏎hai⏎ba⏎bốn⏎năm⏎sáu')
  })

  it('removes control characters without merging the words around them', () => {
    expect(text(wordSafeSegments('Hà\u0001Nội'))).toBe('Hà Nội')
    expect(text(wordSafeSegments('Hà \u0002Nội'))).toBe('Hà Nội')
    expect(text(wordSafeSegments('\u0007Đầm Hà\u001F'))).toBe('Đầm Hà')
    expect(text(wordSafeSegments('a\uFFFEb\uD800c'))).toBe('a b c')
  })

  it('keeps tabs as tabs and returns NFC', () => {
    const nfd = 'Thường trực Tỉnh ủy'.normalize('NFD')
    const segments = wordSafeSegments(`${nfd}\t11,9%`)
    expect(segments[0]).toEqual({ kind: 'text', text: 'Thường trực Tỉnh ủy' })
    expect(text(segments)).toBe('Thường trực Tỉnh ủy⇥11,9%')
  })

  it('gives attribute text without any character XML 1.0 forbids', () => {
    const clean = stripRejectedCharacters('ảnh\u0000một\u000Bhai\u0008')
    expect(clean).toBe('ảnh một hai')
    // eslint-disable-next-line no-control-regex
    expect(clean).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
  })
})
