const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
const INITIAL = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?'
const FINAL = '(?:ch|ng|nh|[cmnpt])?'
/** The vowel groups of Vietnamese spelling, without tone marks. */
const NUCLEI = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'oo',
  'ôi',
  'ơi',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ươ',
  'ưu',
  'yê',
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyê',
  'uyu',
]
const SYLLABLE = new RegExp(`^${INITIAL}(?:${NUCLEI.sort((a, b) => b.length - a.length).join('|')})${FINAL}$`)

/**
 * Whether a word is spelt as one Vietnamese syllable: an initial, a vowel group and a final from the
 * spelling rules, at most one tone mark, and one case pattern (lower, capitalised, capitals). It does not ask whether the syllable is in use: it tells
 * "Đồng" and "hội" from `§ång` and `héi`, which is what legacy-encoding detection needs.
 */
export function isVietnameseSyllable(word: string): boolean {
  // Written in lower case, capitalised or in capitals; `chÝ` is none of these.
  const rest = word.slice(1)
  if (rest !== rest.toLowerCase() && rest !== rest.toUpperCase()) return false
  if (word[0] === word[0]?.toLowerCase() && rest !== rest.toLowerCase()) return false
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0
  if (tones > 1) return false
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'))
}
