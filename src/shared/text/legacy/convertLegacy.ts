import type { LegacyEncoding } from './detectLegacyEncoding'
import { decodeTcvn3Word } from './tcvn3'
import { isVietnameseSyllable } from './vietnameseSyllable'
import { decodeVni } from './vni'

const WORD = /[A-Za-z\u00a1-\u00ff\u0100-\u024f\u1e00-\u1eff]+/g
/** A word with a letter no legacy encoding writes is Unicode already ("Đồng", "ở"). */
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/
/**
 * Rimes that only exist with ư before the ơ (ương, ước, ươu): met without it, TCVN3's ư (0xAD, the
 * soft hyphen) was dropped on the way, as some clipboards drop soft hyphens (and the paste cleaner drops
 * every invisible soft hyphen).
 */
const LOST_U_RIME = /(?<![ưứừửữự])([ơớờởỡợ])(ng|c|u)$/i
/** "người", the commonest of the words whose ư could be lost before "ơi". */
const LOST_U_NGUOI = /^(ng)([ơớờởỡợ]i)$/i

interface ConvertOptions {
  /** The text this is a piece of (one run of a paste): it says whether soft hyphens were lost. */
  whole?: string
  /**
   * Only the words that read as Vietnamese once decoded and not before: for a selection the officer
   * asked to convert that was not recognised as a whole, so Unicode words in it stay as they are.
   */
  onlyMisread?: boolean
}

/** Text in `encoding` in Unicode NFC, capitals of the `.Vn…H` fonts and lost soft hyphens restored. */
export function convertLegacy(text: string, encoding: LegacyEncoding, options: ConvertOptions = {}): string {
  const softHyphensLost = encoding === 'tcvn3' && tcvn3SoftHyphensLost(options.whole ?? text)
  const decode = encoding === 'vni' ? decodeVni : (word: string) => tcvn3Word(word, softHyphensLost)
  return text
    .replace(WORD, (word) => {
      if (BEYOND_LATIN1.test(word)) return word
      const decoded = decode(word)
      if (options.onlyMisread && (isVietnameseSyllable(word) || !isVietnameseSyllable(decoded))) return word
      return decoded
    })
    .normalize('NFC')
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
  for (const match of text.matchAll(WORD)) if (LOST_U_RIME.test(decodeTcvn3Word(match[0]))) return true
  return false
}

/** `letter` in the case of `like`'s first letter. */
function upperLike(like: string, letter: string): string {
  const first = like[0] ?? ''
  return first !== first.toLowerCase() ? letter.toUpperCase() : letter
}
