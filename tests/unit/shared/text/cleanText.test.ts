import { describe, expect, it } from 'vitest'
import { cleanText } from '@shared/text/cleanText'
import { wordSafeSegments } from '@shared/export/docx/textRuns'

const text = (segments: ReturnType<typeof wordSafeSegments>) =>
  segments.map((s) => (s.kind === 'text' ? s.text : s.kind === 'break' ? '⏎' : '⇥')).join('')

describe('cleanText, shared by the DOCX and HTML exporters', () => {
  it('cleans control characters without merging words, and normalises to NFC', () => {
    expect(cleanText('Hà\u0001Nội')).toBe('Hà Nội')
    expect(cleanText('Hà \u0001Nội')).toBe('Hà Nội')
    expect(cleanText('a\u000bb\r\nc\rd\u2028e')).toBe('a\nb\nc\nd\ne')
    expect(cleanText('x\ufffe\u{1ffff}y\ud800')).toBe('x y')
    expect(cleanText('Tỉnh ủy'.normalize('NFD'))).toBe('Tỉnh ủy')
    expect(cleanText('emoji 😀 ok')).toBe('emoji 😀 ok')
  })

  it('gives attribute text without any character XML 1.0 forbids', () => {
    const clean = cleanText('ảnh\u0000một\u000Bhai\u0008', 'linesAsSpaces')
    expect(clean).toBe('ảnh một hai')
    // eslint-disable-next-line no-control-regex
    expect(clean).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
  })

  it('puts text on one trimmed line with single spaces', () => {
    expect(cleanText('  Giao ban\r\n\tThường trực\u0001Tỉnh ủy  ', 'oneLine')).toBe(
      'Giao ban Thường trực Tỉnh ủy',
    )
  })
})

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
})
