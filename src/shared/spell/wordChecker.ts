import { withToneStyle, type ToneStyle } from '../text/toneStyle'
import { knownSlip } from './knownSlips'
import { spellTokens } from './spellTokens'

/** What the checker needs of a Hunspell-class dictionary (nspell has these). */
export interface SpellDictionary {
  correct(word: string): boolean
  suggest(word: string): string[]
}

/** A misspelt word of a text: its offsets and, for a known two-syllable slip, the one fix. */
export interface Misspelling {
  from: number
  to: number
  word: string
  fix?: string
}

const MAX_SUGGESTIONS = 5
/** Verdicts kept; a report has a few thousand distinct words, so this is never reached in practice. */
const MAX_CACHED = 50_000

const lower = (word: string) => word.toLocaleLowerCase('vi')
const capitalised = (word: string) => word.charAt(0) !== lower(word.charAt(0))
const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1)

/** No Vietnamese syllable is this long; longer runs get no suggestions. */
const MAX_SUGGESTED_LENGTH = 30

/**
 * Decides whether a word is spelt right: it is, when the dictionary, the names and titles of the
 * officer's people, templates and report, or the user dictionary know it, as written or lower-cased,
 * with the tone mark of an oa/oe/uy syllable in either style (the press writes "hòa", the dictionary
 * "hoà"). Verdicts are cached, so a word is looked up once however often it is typed.
 */
export class WordChecker {
  private readonly verdicts = new Map<string, boolean>()
  private readonly accepted = new Set<string>()

  constructor(
    private readonly dictionary: SpellDictionary,
    /** The style suggestions are written in (the unit's). */
    private style: ToneStyle = 'old',
  ) {}

  setStyle(style: ToneStyle): void {
    this.style = style
  }

  /** Words that count as right (names, titles, the user dictionary); takes effect at once. */
  accept(words: Iterable<string>): void {
    let added = false
    for (const w of words) {
      const word = w.normalize('NFC')
      if (!word || this.accepted.has(word)) continue
      this.accepted.add(word)
      added = true
    }
    // A verdict "wrong" may now be "right"; "right" ones stay right.
    if (added) for (const [word, ok] of this.verdicts) if (!ok) this.verdicts.delete(word)
  }

  /** The accepted words are replaced by these (a new people list, another report). */
  replaceAccepted(words: Iterable<string>): void {
    this.accepted.clear()
    this.verdicts.clear()
    this.accept(words)
  }

  isCorrect(word: string): boolean {
    const known = this.verdicts.get(word)
    if (known !== undefined) return known
    const verdict = this.lookUp(word)
    if (this.verdicts.size >= MAX_CACHED) this.verdicts.clear()
    this.verdicts.set(word, verdict)
    return verdict
  }

  private lookUp(word: string): boolean {
    const forms = new Set([word, lower(word)])
    for (const form of [...forms]) {
      forms.add(withToneStyle(form, 'old'))
      forms.add(withToneStyle(form, 'new'))
    }
    for (const form of forms) if (this.accepted.has(form) || this.dictionary.correct(form)) return true
    return false
  }

  /** No Vietnamese syllable is this long; longer runs get no suggestions. */
  MAX_SUGGESTED_LENGTH = 30

  /** Up to five corrections, in the unit's tone style and with the word's capital, best first. */
  suggest(word: string): string[] {
    // nspell's search grows with the word: a 200-letter "word" would hold the worker for seconds.
    if (word.length > MAX_SUGGESTED_LENGTH) return []
    const out: string[] = []
    const push = (s: string) => {
      let fixed = withToneStyle(s, this.style)
      if (capitalised(word) && !capitalised(fixed)) fixed = capitalise(fixed)
      if (fixed !== word && !out.includes(fixed)) out.push(fixed)
    }
    // The dictionary is in the new style: ask it in that style, lower-cased, so its capitals rule does
    // not hide a right word.
    for (const s of this.dictionary.suggest(withToneStyle(lower(word), 'new'))) {
      push(s)
      if (out.length >= MAX_SUGGESTIONS) break
    }
    return out
  }

  /** The misspelt words of a text (one paragraph), with the known two-syllable slips. */
  misspellings(text: string): Misspelling[] {
    const tokens = spellTokens(text)
    const found: Misspelling[] = []
    tokens.forEach((t, i) => {
      if (!this.isCorrect(t.word)) {
        found.push({ from: t.from, to: t.to, word: t.word })
        return
      }
      const prev = tokens[i - 1]
      // Only syllables written as a pair, one space apart.
      if (!prev || t.from - prev.to !== 1 || text[prev.to] !== ' ') return
      const fix = knownSlip(prev.word, t.word)
      if (fix !== null) found.push({ from: t.from, to: t.to, word: t.word, fix })
    })
    return found
  }
}
