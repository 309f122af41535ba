import type { LegacyEncoding } from './detectLegacyEncoding'
import { BEYOND_LATIN1, LEGACY_WORD } from './legacyWords'
import { decodeTcvn3Word } from './tcvn3'
import { isVietnameseSyllable } from './vietnameseSyllable'
import { decodeVni } from './vni'

/**
 * Rimes that only exist with ư before the ơ (ương, ước, ươu): met without it, TCVN3's ư (0xAD, the
 * soft hyphen) was dropped on the way, as some clipboards drop soft hyphens (and the paste cleaner drops
 * every invisible soft hyphen).
 */
const LOST_U_RIME = /(?<![ưứừửữự])([ơớờởỡợ])(ng|c|u)$/i
/** "người", the commonest of the words whose ư could be lost before "ơi". */
const LOST_U_NGUOI = /^(ng)([ơớờởỡợ]i)$/i

interface ConvertContext {
  /** The whole text being converted (all runs of a paste): it says whether soft hyphens were lost. */
  whole: string
  /**
   * Only the words that read as Vietnamese once decoded and not before: for a selection the officer
   * asked to convert that was not recognised as a whole, so Unicode words in it stay as they are.
   */
  onlyMisread?: boolean
}

/** Text in `encoding` in Unicode NFC, capitals of the `.Vn…H` fonts and lost soft hyphens restored. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return legacyConverter(encoding, { whole: text })(text)
}

/**
 * {@link convertLegacy} for the pieces of one text (the runs of a paste, each with its own marks):
 * what depends on the whole text is decided once, here, not for every piece.
 */
export function legacyConverter(
  encoding: LegacyEncoding,
  context: ConvertContext,
): (piece: string) => string {
  const softHyphensLost = encoding === 'tcvn3' && tcvn3SoftHyphensLost(context.whole)
  const decode = encoding === 'vni' ? decodeVni : (word: string) => tcvn3Word(word, softHyphensLost)
  const wordOf = (word: string) => {
    if (BEYOND_LATIN1.test(word)) return word
    const decoded = decode(word)
    if (context.onlyMisread && (isVietnameseSyllable(word) || !isVietnameseSyllable(decoded))) return word
    return decoded
  }
  return (piece) => piece.replace(LEGACY_WORD, wordOf).normalize('NFC')
}

function tcvn3Word(word: string, softHyphensLost: boolean): string {
  let decoded = decodeTcvn3Word(word)
  if (softHyphensLost && decoded !== word) {
    decoded = decoded.replace(LOST_U_RIME, (_, o: string, end: string) => `${upperLike(o, 'ư')}${o}${end}`)
    decoded = decoded.replace(
      LOST_U_NGUOI,
      (_, ng: string, rest: string) => `${ng}${upperLike(rest, 'ư')}${rest}`,
    )
  }
  return decoded
}

/** No soft hyphen at all, yet a word needs one (ương, ước, ươu): then "người" is mended too. */
function tcvn3SoftHyphensLost(text: string): boolean {
  if (text.includes('\u00ad')) return false
  for (const match of text.matchAll(LEGACY_WORD)) if (LOST_U_RIME.test(decodeTcvn3Word(match[0]))) return true
  return false
}

/** `letter` in the case of `like`'s first letter. */
function upperLike(like: string, letter: string): string {
  const first = like[0] ?? ''
  return first !== first.toLowerCase() ? letter.toUpperCase() : letter
}
