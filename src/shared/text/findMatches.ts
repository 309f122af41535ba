/** How a find query compares with the text. */
export interface FindOptions {
  matchCase: boolean
  wholeWord: boolean
  /**
   * Ignore the five Vietnamese tone marks (huyền, sắc, hỏi, ngã, nặng), so "hoa" finds "hòa", "hoà",
   * "hóa" and "HOÁ". The vowel-shape marks (â ê ô ơ ư ă) and đ stay distinct letters: "hoa" does not
   * find "hơ" or "hoă", and "do" does not find "đo" — they are different words, not spellings.
   */
  ignoreTones: boolean
}

/** A match as UTF-16 offsets into the searched string: `text.slice(from, to)`. */
export interface TextMatch {
  from: number
  to: number
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { matchCase: false, wholeWord: false, ignoreTones: false }

/** A search never returns more than this many matches, so a one-letter query stays cheap to show. */
export const MAX_MATCHES = 10_000

/** Grave, acute, hook above, tilde, dot below: the tone marks, as NFD splits them off. */
const TONE_MARKS = /[\u0300\u0301\u0309\u0303\u0323]/g
const MARK = /\p{M}/u
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** The folded form of a base character with the combining marks that follow it. */
function foldUnit(unit: string, options: FindOptions): string {
  let s = unit
  if (options.ignoreTones) s = s.normalize('NFD').replace(TONE_MARKS, '')
  s = s.normalize('NFC')
  return options.matchCase ? s : s.toLowerCase()
}

// Folded units by options: a report uses a few hundred distinct letters, and normalising each one
// again per paragraph is most of a search's time. Bounded, so odd text cannot grow it for ever.
const FOLD_CACHE_LIMIT = 4096
const foldCaches = new Map<number, Map<string, string>>()

function cachedFold(options: FindOptions): (unit: string) => string {
  const id = (options.matchCase ? 1 : 0) | (options.ignoreTones ? 2 : 0)
  let cache = foldCaches.get(id)
  if (!cache) foldCaches.set(id, (cache = new Map()))
  const known = cache
  return (unit) => {
    let folded = known.get(unit)
    if (folded === undefined) {
      folded = foldUnit(unit, options)
      if (known.size < FOLD_CACHE_LIMIT) known.set(unit, folded)
    }
    return folded
  }
}

/** Whether the UTF-16 unit is a combining mark, without a regex for the common letters. */
function isMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x300) return false
  if (c <= 0x36f) return true
  // Vietnamese precomposed letters (Latin Extended Additional) are letters.
  if (c >= 0x1e00 && c <= 0x1eff) return false
  return MARK.test(text[i] ?? '')
}

interface Folded {
  text: string
  /** For each UTF-16 unit of `text`: where its source unit starts and ends in the original string. */
  starts: Int32Array
  ends: Int32Array
}

/**
 * Folds the string unit by unit (a character and its combining marks), remembering where each unit
 * came from, so a match in the folded text maps back to the original offsets whether the original
 * was NFC or NFD.
 */
function fold(text: string, options: FindOptions): Folded {
  const foldOf = cachedFold(options)
  const parts: string[] = []
  let starts = new Int32Array(text.length + 8)
  let ends = new Int32Array(text.length + 8)
  let n = 0
  let i = 0
  while (i < text.length) {
    const start = i
    const c = text.charCodeAt(i)
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
    while (i < text.length && isMark(text, i)) i++
    // ASCII without marks is most of any report: no lookup at all.
    const piece =
      i - start === 1 && c < 0x80
        ? options.matchCase || c < 0x41 || c > 0x5a
          ? text[start]!
          : String.fromCharCode(c + 32)
        : foldOf(text.slice(start, i))
    parts.push(piece)
    if (n + piece.length > starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2 + piece.length)
        b.set(a)
        return b
      }
      starts = grow(starts)
      ends = grow(ends)
    }
    for (let k = 0; k < piece.length; k++) {
      starts[n] = start
      ends[n] = i
      n++
    }
  }
  return { text: parts.join(''), starts, ends }
}

function isWordCharAt(text: string, index: number, before: boolean): boolean {
  if (before) {
    if (index <= 0) return false
    const low = text.charCodeAt(index - 1)
    // A low surrogate: the letter before is a pair.
    const ch = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!
    return WORD_CHAR.test(ch)
  }
  if (index >= text.length) return false
  const cp = text.codePointAt(index) ?? 0
  return WORD_CHAR.test(String.fromCodePoint(cp))
}

/** A compiled query: searching many strings (one per paragraph) folds the query once. */
export interface Matcher {
  (text: string, limit?: number): TextMatch[]
  /** The same search in a string folded before with `foldForFind` and the same case/tone options. */
  inFolded(folded: FoldedText, limit?: number): TextMatch[]
}

/**
 * A string folded for searching with the given case and tone options (whole word does not change
 * it), kept by callers that search the same text for query after query.
 */
export interface FoldedText extends Folded {
  source: string
}

export function foldForFind(text: string, options: FindOptions): FoldedText {
  return { source: text, ...fold(text, options) }
}

export function createMatcher(query: string, options: FindOptions): Matcher {
  const needle = fold(query.normalize('NFC'), options).text
  const inFolded = (hay: FoldedText, limit: number = MAX_MATCHES): TextMatch[] => {
    const out: TextMatch[] = []
    if (!needle || limit <= 0) return out
    const text = hay.source
    let at = hay.text.indexOf(needle)
    while (at !== -1 && out.length < limit) {
      const end = at + needle.length
      const from = hay.starts[at]!
      const to = hay.ends[end - 1]!
      // A match must cover whole units: "ho" with tones kept must not stop inside an NFD "hòa".
      const whole =
        (at === 0 || hay.starts[at - 1] !== from) &&
        (end === hay.text.length || hay.starts[end] !== hay.starts[end - 1])
      const wordOk = !options.wholeWord || (!isWordCharAt(text, from, true) && !isWordCharAt(text, to, false))
      if (whole && wordOk) {
        out.push({ from, to })
        at = hay.text.indexOf(needle, end)
      } else {
        at = hay.text.indexOf(needle, at + 1)
      }
    }
    return out
  }
  const matcher = (text: string, limit: number = MAX_MATCHES) =>
    needle && text && limit > 0 ? inFolded(foldForFind(text, options), limit) : []
  return Object.assign(matcher, { inFolded })
}

/** All non-overlapping matches of `query` in `text`, at most `limit`. An empty query finds nothing. */
export function findMatches(
  text: string,
  query: string,
  options: FindOptions = DEFAULT_FIND_OPTIONS,
  limit: number = MAX_MATCHES,
): TextMatch[] {
  return createMatcher(query, options)(text, limit)
}
