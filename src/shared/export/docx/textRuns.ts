import { Tab, TextRun } from 'docx'
import type { RunPiece, RunStyle } from './docxContext'
import { wordSafeSegments } from './wordSafeText'

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
