import { useCallback, useEffect, useRef, useState } from 'react'
import type { Report } from '@shared/model/report'
import { reportCounts, type ReportCounts } from '@shared/plainText/reportCounts'

const COUNT_DELAY_MS = 250
const NONE: ReportCounts = { words: 0, characters: 0, charactersNoSpaces: 0 }

/**
 * The visible report's words and characters (fields included), recounted once typing or the panel
 * pauses rather than on every keystroke: a count walks the whole report.
 */
export function useReportCounts(current: () => Report): { counts: ReportCounts; recount(): void } {
  const [counts, setCounts] = useState(NONE)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const recount = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => setCounts(reportCounts(current())), COUNT_DELAY_MS)
  }, [current])
  return { counts, recount }
}
