/** One word of a text that the spell checker looks at, by its UTF-16 offsets. */
interface SpellToken {
  from: number
  to: number
  word: string
}

/**
 * A run of text without spaces that is a web or e-mail address: nothing inside it is checked. Read
 * run by run, in one pass: a pattern over the whole text backtracked for seconds on a long run.
 */
const CHUNK = /\S+/gu
const ADDRESS_LIKE = /^\W*(?:https?:\/\/|www\.)|[^@\s]@[^@\s]+\.[^@\s]/iu
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const DIGIT = /\p{N}/u

/** An abbreviation written in capitals (UBND, HĐND, TP), which no dictionary lists in full. */
function isAbbreviation(word: string): boolean {
  return word.length > 1 && word === word.toLocaleUpperCase('vi') && word !== word.toLocaleLowerCase('vi')
}

/**
 * The words of `text` to check, in order: numbers, dates, words with digits, abbreviations in
 * capitals and anything inside a web or e-mail address are left out. Hyphens split words ("Mác-Lênin"
 * is two), as Vietnamese writes one syllable per word.
 */
export function spellTokens(text: string): SpellToken[] {
  const skipped: [number, number][] = []
  for (const m of text.matchAll(CHUNK)) {
    if (m[0].includes('@') || m[0].includes('/') || m[0].toLowerCase().includes('www.')) {
      if (ADDRESS_LIKE.test(m[0])) skipped.push([m.index, m.index + m[0].length])
    }
  }
  const tokens: SpellToken[] = []
  let s = 0
  for (const m of text.matchAll(WORD)) {
    const word = m[0]
    const from = m.index
    const to = from + word.length
    while (s < skipped.length && skipped[s]![1] <= from) s++
    const inAddress = s < skipped.length && skipped[s]![0] < to
    if (inAddress || DIGIT.test(word) || isAbbreviation(word)) continue
    tokens.push({ from, to, word })
  }
  return tokens
}
