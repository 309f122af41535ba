import type { Person } from '../model/person'
import { personKey } from './people'

/** A title as a report wrote it and the directory's spelling of the same title. */
export interface TitleCorrection {
  /** Position of the title in `person.titles`. */
  index: number
  written: string
  suggested: string
}

// The five tone marks; the vowel marks (â ă ê ô ơ ư) and đ are letters and stay.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu
const TONE_DIGITS: Record<string, string> = {
  '\u0300': '2',
  '\u0301': '1',
  '\u0303': '4',
  '\u0309': '3',
  '\u0323': '5',
}

/**
 * One word with its tone moved to the end as a digit, lower case: "Ủy" and "uỷ" are both "uy3", so
 * the old and new tone styles ("hòa"/"hoà") read as the same word.
 */
function wordKey(word: string): string {
  const decomposed = word.normalize('NFD').toLocaleLowerCase('vi')
  const tones = [...decomposed.matchAll(TONE_MARKS)].map((m) => TONE_DIGITS[m[0]] ?? '')
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones.join('')
}

function wordKeys(title: string): string[] {
  return title.normalize('NFC').trim().split(/\s+/u).filter(Boolean).map(wordKey)
}

/** Edit distance, stopping early once it exceeds `limit` (titles are short; this stays cheap). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length]!
}

/**
 * How far a written title is from a directory title, or null when they are different titles.
 * 0: the same letters in another case, spacing or tone placement ("Bí thư huyện ủy" / "Bí thư Huyện
 * uỷ"). 1: the written title is the start of the directory's, cut after whole words ("Chủ tịch UBND
 * huyện" / "… huyện Ba Chẽ"). 2 and up: a typo, at most one slip in a title of fewer than 12 letters
 * and two in a longer one ("Bí thư Huyên ủy"). Short titles ("TUV", "UV") must match exactly but for
 * case, since one letter there makes another office.
 */
function titleDistance(written: string, known: string): number | null {
  const w = wordKeys(written)
  const k = wordKeys(known)
  if (w.length === 0 || k.length === 0) return null
  const wJoined = w.join('')
  const kJoined = k.join('')
  if (wJoined === kJoined) return 0
  if (w.length >= 2 && w.length < k.length && w.every((word, i) => word === k[i])) return 1
  // Abbreviations name the office ("HĐND", "UBND"): one letter apart, they are two bodies, not a typo.
  if (abbreviations(written) !== abbreviations(known)) return null
  // Letters only: the tone digits of the keys say nothing of how long a title is.
  const letters = Math.min(wJoined.replace(/\d/g, '').length, kJoined.replace(/\d/g, '').length)
  if (letters < 6) return null
  const limit = letters < 12 ? 1 : 2
  const distance = editDistance(wJoined, kJoined, limit)
  return distance <= limit ? 1 + distance : null
}

/** The words of a title written in capitals, in order: "Chủ tịch HĐND huyện" → "HĐND". */
const abbreviations = (title: string): string =>
  title
    .normalize('NFC')
    .split(/\s+/u)
    .filter((w) => w.length > 1 && w === w.toLocaleUpperCase('vi') && w !== w.toLocaleLowerCase('vi'))
    .join(' ')

const tidy = (text: string) => text.normalize('NFC').trim().replace(/\s+/gu, ' ')

/**
 * The directory's version of each title of `person` that the directory spells differently, for a
 * one-click fix in the panel and the pre-publication check. The person is found by name (any case,
 * spacing or Unicode form); a title the directory has exactly, or has nothing close to, is left alone.
 */
export function titleCorrections(
  directory: readonly Pick<Person, 'name' | 'titles'>[],
  person: Pick<Person, 'name' | 'titles'>,
): TitleCorrection[] {
  const key = personKey(person.name)
  if (!key) return []
  const entry = directory.find((p) => personKey(p.name) === key)
  if (!entry) return []
  const known = entry.titles.map(tidy).filter(Boolean)
  const corrections: TitleCorrection[] = []
  person.titles.forEach((raw, index) => {
    const written = tidy(raw)
    if (!written || known.includes(written)) return
    let best: { title: string; distance: number } | null = null
    for (const title of known) {
      const distance = titleDistance(written, title)
      if (distance !== null && (best === null || distance < best.distance)) best = { title, distance }
    }
    if (best) corrections.push({ index, written: raw, suggested: best.title })
  })
  return corrections
}
