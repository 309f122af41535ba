import { Tab, TextRun } from 'docx'
import type { RunPiece, RunStyle } from './docxContext'
import { cleanText } from '../../text/cleanText'

/** A piece of run content: plain text, a line break or a tab. */
type TextSegment = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'tab' }

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

/** Text as Word runs: control characters removed, line breaks and tabs as Word's own elements. */
export function textRuns(text: string, style: RunStyle): RunPiece[] {
  return wordSafeSegments(text).map((segment) => {
    const child =
      segment.kind === 'text'
        ? new TextRun({ ...style.run, text: segment.text })
        : segment.kind === 'break'
          ? new TextRun({ ...style.run, break: 1 })
          : new TextRun({ ...style.run, children: [new Tab()] })
    return { child, href: style.href }
  })
}
