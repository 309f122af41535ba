import { describe, expect, it } from 'vitest'
import { cleanText } from '@shared/text/cleanText'
import { stripInvisibleControls } from '@shared/text/stripInvisibleControls'

/** Each control the exports must never publish, by name. */
const CONTROLS: ReadonlyArray<readonly [string, string]> = [
  ['LRE U+202A', '\u202A'],
  ['RLE U+202B', '\u202B'],
  ['PDF U+202C', '\u202C'],
  ['LRO U+202D', '\u202D'],
  ['RLO U+202E', '\u202E'],
  ['LRI U+2066', '\u2066'],
  ['RLI U+2067', '\u2067'],
  ['FSI U+2068', '\u2068'],
  ['PDI U+2069', '\u2069'],
  ['LRM U+200E', '\u200E'],
  ['RLM U+200F', '\u200F'],
  ['ALM U+061C', '\u061C'],
  ['ZWSP U+200B', '\u200B'],
  ['ZWNJ U+200C', '\u200C'],
  ['ZWJ U+200D', '\u200D'],
  ['word joiner U+2060', '\u2060'],
  ['invisible times U+2062', '\u2062'],
  ['BOM U+FEFF', '\uFEFF'],
  ['soft hyphen U+00AD', '\u00AD'],
  ['Mongolian vowel separator U+180E', '\u180E'],
  ['interlinear anchor U+FFF9', '\uFFF9'],
  ['tag letter U+E0041', '\u{E0041}'],
]

describe('stripInvisibleControls', () => {
  it.each(CONTROLS)('removes %s alone, at either end and inside Vietnamese words', (_name, c) => {
    expect(stripInvisibleControls(c)).toBe('')
    expect(stripInvisibleControls(`${c}Đầm Hà${c}`)).toBe('Đầm Hà')
    expect(stripInvisibleControls(`Thư${c}ờng tr${c}${c}ực Tỉnh ${c}ủy`)).toBe('Thường trực Tỉnh ủy')
  })

  it('puts nothing in their place, so the letters a reader saw are the letters kept', () => {
    expect(stripInvisibleControls('Hà\u200BNội')).toBe('HàNội')
    expect(stripInvisibleControls('https://example.com/\u202Egpj.exe')).toBe('https://example.com/gpj.exe')
  })

  it('keeps the visible letters of every other script and symbol', () => {
    const text = 'Quảng Ninh – 11,9% «Đảng» 日本 العربية हिन्दी 😀 ™ \u00A0 tab\there'
    expect(stripInvisibleControls(text)).toBe(text)
  })

  it('keeps the joiner of an emoji sequence and the tags of a subdivision flag, which are seen', () => {
    const kept = [
      '\u{1F469}\u200D\u{1F4BB}', // woman technologist
      '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', // family
      '\u{1F3F3}\uFE0F\u200D\u{1F308}', // rainbow flag
      '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}', // with a skin tone
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', // Scotland
    ]
    for (const emoji of kept)
      expect(stripInvisibleControls(`Chúc mừng ${emoji}!`)).toBe(`Chúc mừng ${emoji}!`)
    expect(stripInvisibleControls('a\u200Db \u{1F469}\u200D x\u200D\u{1F4BB}')).toBe(
      'ab \u{1F469} x\u{1F4BB}',
    )
    expect(stripInvisibleControls('\u{1F3F4}\u{E0067}\u{E0062} Hà\u{E0041}')).toBe('\u{1F3F4} Hà')
  })

  it('runs before NFC in cleanText, so a control between a letter and its mark cannot block composing', () => {
    const decomposed = 'Tỉnh ủy'.normalize('NFD')
    const spliced = decomposed.replace('i\u0309', 'i\u200B\u0309')
    expect(cleanText(spliced)).toBe('Tỉnh ủy')
    expect(cleanText(spliced)).toBe(cleanText(spliced).normalize('NFC'))
    expect(cleanText('\u202E  Giao ban\u2066 \u2069 ', 'oneLine')).toBe('Giao ban')
  })
})
