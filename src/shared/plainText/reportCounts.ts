import type { Report } from '../model/report'
import { reportParagraphs } from './reportText'
import { countWords } from '../text/wordCount'

export interface ReportCounts {
  words: number
  /** Letters, digits, punctuation and the spaces between words, as Word's "characters (with spaces)". */
  characters: number
  /** The same without any space, as Word's "characters (no spaces)". */
  charactersNoSpaces: number
}

/**
 * What the reader of the printed report counts: every visible paragraph, fields resolved (theme,
 * title, lead, bridge points, captions with their credit, byline), not only what was typed in the body.
 * Characters are code points of NFC text, so a Vietnamese letter with its marks is one character.
 */
export function reportCounts(report: Pick<Report, 'fields' | 'body'>): ReportCounts {
  let words = 0
  let characters = 0
  let spaces = 0
  for (const paragraph of reportParagraphs(report)) {
    const text = paragraph.normalize('NFC').replace(/\s+/g, ' ').trim()
    words += countWords(text)
    for (const _ of text) characters++
    spaces += text.match(/ /g)?.length ?? 0
  }
  return { words, characters, charactersNoSpaces: characters - spaces }
}
