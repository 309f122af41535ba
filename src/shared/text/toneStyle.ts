/**
 * Where the tone mark sits in an open syllable ending in oa, oe or uy: the old style, which the press
 * mostly keeps, puts it on the first vowel (hòa, khỏe, thủy, ủy); the new style of the 1984 rule and of
 * school books on the second (hoà, khoẻ, thuỷ, uỷ). With a final consonant (hoàn, khoét, thuyết) both
 * styles agree, and after qu- or gi- the u and i belong to the initial (quý, quả, giá): nothing moves.
 */
export const TONE_STYLES = ['old', 'new'] as const
export type ToneStyle = (typeof TONE_STYLES)[number]

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/
/** The initials that can stand before oa, oe and uy; qu and gi are absent on purpose. */
const MOVABLE = /^(ngh|ng|kh|nh|ph|th|tr|ch|[bcdđghklmnrstvx])?(oa|oe|uy)$/
/**
 * The only words either style can move: up to three letters of initial, then o+a, o+e or u+y ending
 * the word, one of them marked. One pass of this finds them without looking at every other word.
 */
const CANDIDATE = /(?<!\p{L})\p{L}{0,3}(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])(?!\p{L})/giu

interface Syllable {
  /** The letters without the tone mark, in NFC, case kept. */
  letters: string[]
  tone: string
  /** Index in `letters` of the first vowel of oa/oe/uy. */
  nucleus: number
  /** Index of the letter that carries the tone now. */
  carrier: number
}

/** The word as an oa/oe/uy open syllable with a tone mark, or null for any other word. */
function movableSyllable(word: string): Syllable | null {
  if (word.length < 2 || word.length > 5) return null
  let tone = ''
  let carrier = -1
  const letters = [...word].map((ch, i) => {
    const parts = ch.normalize('NFD')
    const mark = TONE_MARK.exec(parts)
    if (!mark) return ch
    tone = mark[0]
    carrier = i
    return parts.replace(TONE_MARK, '').normalize('NFC')
  })
  if (!tone) return null
  const m = MOVABLE.exec(letters.join('').toLowerCase())
  if (!m) return null
  const nucleus = (m[1] ?? '').length
  if (carrier !== nucleus && carrier !== nucleus + 1) return null
  return { letters, tone, nucleus, carrier }
}

/** Which style a word shows, or null when the styles would write it the same way. */
export function syllableToneStyle(word: string): ToneStyle | null {
  const s = movableSyllable(word.normalize('NFC'))
  if (!s) return null
  return s.carrier === s.nucleus ? 'old' : 'new'
}

function restyleWord(word: string, style: ToneStyle): string {
  const s = movableSyllable(word)
  if (!s) return word
  const target = style === 'old' ? s.nucleus : s.nucleus + 1
  if (target === s.carrier) return word
  const letters = [...s.letters]
  letters[target] = (letters[target] + s.tone).normalize('NFC')
  return letters.join('')
}

/** The text with every oa/oe/uy open syllable written in `style`; everything else is left as it is. */
export function withToneStyle(text: string, style: ToneStyle): string {
  const nfc = text.normalize('NFC')
  return nfc.replace(CANDIDATE, (word) => restyleWord(word, style))
}

/** The words of NFC text that show a style, where they are and which style. */
export function toneStyledWords(text: string): { from: number; word: string; style: ToneStyle }[] {
  const found: { from: number; word: string; style: ToneStyle }[] = []
  for (const m of text.matchAll(CANDIDATE)) {
    const style = syllableToneStyle(m[0])
    if (style) found.push({ from: m.index, word: m[0], style })
  }
  return found
}

/** How many words of the text are written in each style. */
export function countToneStyles(text: string): Record<ToneStyle, number> {
  const counts = { old: 0, new: 0 }
  for (const { style } of toneStyledWords(text.normalize('NFC'))) counts[style]++
  return counts
}
