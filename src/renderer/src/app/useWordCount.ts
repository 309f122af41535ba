import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { countWords } from '@shared/text/wordCount'

const WORD_COUNT_DELAY_MS = 250

/** The body's word count, recounted once typing pauses rather than on every keystroke. */
export function useWordCount(): { words: number; recount(editor: Editor): void } {
  const [words, setWords] = useState(0)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const recount = useCallback((e: Editor) => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      setWords(countWords(e.state.doc.textBetween(0, e.state.doc.content.size, ' ', ' ')))
    }, WORD_COUNT_DELAY_MS)
  }, [])
  return { words, recount }
}
