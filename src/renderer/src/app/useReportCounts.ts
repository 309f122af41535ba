import { useCallback, useEffect, useRef, useState } from 'react'
import type { Report } from '@shared/model/report'
import { reportCounts, type ReportCounts } from '@shared/plainText/reportCounts'

const COUNT_DELAY_MS = 250
/** A count may take at most this share of the quiet time before it: a huge report waits longer. */
const COST_SHARE = 8
const NONE: ReportCounts = { words: 0, characters: 0, charactersNoSpaces: 0 }

/**
 * The visible report's words and characters (fields included), recounted once typing or the panel
 * pauses rather than on every keystroke: a count reads and walks the whole report, so after a slow
 * one (a report ten times the reference) the next waits for a longer pause.
 */
export function useReportCounts(current: () => Report): { counts: ReportCounts; recount(): void } {
  const [counts, setCounts] = useState(NONE)
  const timer = useRef<number | undefined>(undefined)
  const delay = useRef(COUNT_DELAY_MS)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const recount = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      const start = performance.now()
      setCounts(reportCounts(current()))
      delay.current = Math.max(COUNT_DELAY_MS, COST_SHARE * (performance.now() - start))
    }, delay.current)
  }, [current])
  return { counts, recount }
}
