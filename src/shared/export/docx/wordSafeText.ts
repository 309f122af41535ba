import { cleanText } from '../cleanText'

/** A piece of run content: plain text, a line break or a tab. */
export type TextSegment = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'tab' }

/**
 * Removes what Word rejects without merging the words on either side ("Hà\u0001Nội" becomes "Hà Nội"),
 * for attribute values such as alt text, where line breaks become spaces. Text is returned in NFC.
 */
export function stripRejectedCharacters(text: string): string {
  return cleanText(text).replace(/\n/g, ' ')
}

/**
 * Splits text into what a Word run can hold: text, line breaks and tabs. Line ends of every kind
 * become breaks (a vertical tab is Word's own manual line break); other control characters go.
 */
export function wordSafeSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  cleanText(text)
    .split('\n')
    .forEach((line, lineIndex) => {
      if (lineIndex > 0) segments.push({ kind: 'break' })
      line.split('\t').forEach((part, partIndex) => {
        if (partIndex > 0) segments.push({ kind: 'tab' })
        if (part) segments.push({ kind: 'text', text: part })
      })
    })
  return segments
}
