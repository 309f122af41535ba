import { BEYOND_LATIN1, LATIN1, LEGACY_WORD } from './legacyWords'
import { decodeTcvn3Word } from './tcvn3'
import { decodeVni } from './vni'
import { isVietnameseSyllable } from './vietnameseSyllable'

export type LegacyEncoding = 'tcvn3' | 'vni'

interface LegacyDetection {
  encoding: LegacyEncoding
  /** Words that read as Vietnamese only once decoded. */
  evidence: number
  /** Words with a Latin-1 character, the ones either encoding could have written. */
  candidates: number
}

/** At most this many words are read: enough for a verdict on a 1 MB paste in bounded time. */
const MAX_WORDS = 20_000

/**
 * Whether text is Vietnamese in TCVN3 or VNI-Windows rather than Unicode: a score over its words, never
 * one character. A word is evidence for an encoding when it is not a Vietnamese syllable as it stands
 * and becomes one once decoded (`héi` → "hội"). The text is called legacy when at least two words and
 * half the candidate words are evidence for one encoding, and almost no word is Unicode Vietnamese.
 * Ordinary Vietnamese, English, French or German text has no such words (tests/unit/shared/text/legacy).
 */
export function detectLegacyEncoding(text: string): LegacyDetection | null {
  const { evidence, candidates, unicode } = legacyEvidence(text)
  const encoding = leading(evidence)
  if (!encoding) return null
  const found = evidence[encoding]
  if (found < 2 || found < 0.5 * candidates || unicode * 10 > found) return null
  return { encoding, evidence: found, candidates }
}

/**
 * The likelier of the two encodings for text the officer asked to convert (a selection), on any
 * evidence at all; null when no word reads better decoded.
 */
export function likelyLegacyEncoding(text: string): LegacyEncoding | null {
  return leading(legacyEvidence(text).evidence)
}

function leading(evidence: Record<LegacyEncoding, number>): LegacyEncoding | null {
  return evidence.tcvn3 > evidence.vni ? 'tcvn3' : evidence.vni > evidence.tcvn3 ? 'vni' : null
}

function legacyEvidence(text: string) {
  let candidates = 0
  let unicode = 0
  const evidence: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 }
  let words = 0
  for (const match of text.matchAll(LEGACY_WORD)) {
    if (++words > MAX_WORDS) break
    const word = match[0]
    if (BEYOND_LATIN1.test(word)) {
      unicode++
      continue
    }
    // A soft hyphen inside a word is TCVN3's ư; elsewhere it is only a hyphenation hint.
    if (!LATIN1.test(word)) continue
    candidates++
    if (isVietnameseSyllable(word)) continue
    if (isVietnameseSyllable(decodeTcvn3Word(word))) evidence.tcvn3++
    if (isVietnameseSyllable(decodeVni(word))) evidence.vni++
  }
  return { evidence, candidates, unicode }
}
