import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'
import type { Report } from '@shared/model/report'
import type { PrintLayout } from '@shared/settings/settings'
import type { FieldStore } from '@shared/templates/fieldStore'
import { useLatest } from '../hooks/useLatest'
import { pageToCount } from '../preview/layoutOnlyPage'
import { printPageCount } from '../preview/printPageCount'

/** Quiet time before a recount; a report whose export took long waits longer (see `delayAfter`). */
const MIN_DELAY_MS = 1500
/** A recount may take at most this share of the officer's quiet time. */
const COST_SHARE = 8
/** The first count waits for the thread to be idle after an open, but no longer than this. */
const FIRST_COUNT_WAIT_MS = 2000

interface Source {
  editor: Editor | null
  fieldStore: FieldStore
  currentReport(): Report
  layout: PrintLayout | undefined
}

/**
 * The number of A4 pages of the print layout: the same page the print preview lays out, in a hidden
 * frame that runs no script (`sandbox="allow-same-origin"` only lets the app read its layout). Counted
 * once the officer pauses, and rarer for a report that is slow to export, so typing never waits on it.
 */
export function usePrintPageCount({ editor, fieldStore, currentReport, layout }: Source): number | null {
  const [pages, setPages] = useState<number | null>(null)
  const reportRef = useLatest(currentReport)

  useEffect(() => {
    if (!editor) return
    const frame = document.createElement('iframe')
    frame.setAttribute('sandbox', 'allow-same-origin')
    frame.setAttribute('aria-hidden', 'true')
    frame.tabIndex = -1
    frame.className = 'st-page-counter'
    document.body.append(frame)
    let timer: number | undefined
    let idle: number | undefined
    let delay = 0
    let started = 0
    // The cost counts the export and the frame's layout, both on this thread.
    const spent = () => {
      delay = Math.max(MIN_DELAY_MS, COST_SHARE * (performance.now() - started))
    }
    const measure = () => {
      const counted = frame.contentDocument ? printPageCount(frame.contentDocument) : null
      if (counted !== null) setPages(counted)
      spent()
    }
    frame.addEventListener('load', measure)
    const count = () => {
      started = performance.now()
      try {
        frame.srcdoc = pageToCount(reportRef.current(), layout)
      } catch {
        // Over an exporter budget: no count rather than a wrong one; the export says why.
        setPages(null)
        spent()
      }
    }
    const schedule = () => {
      if (idle !== undefined) window.cancelIdleCallback(idle)
      idle = undefined
      window.clearTimeout(timer)
      timer = window.setTimeout(count, delay)
    }
    // A report just opened is still being laid out and its photos decoded: count after that.
    idle = window.requestIdleCallback(count, { timeout: FIRST_COUNT_WAIT_MS })
    editor.on('update', schedule)
    const unsubscribe = fieldStore.subscribe(schedule)
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle)
      window.clearTimeout(timer)
      editor.off('update', schedule)
      unsubscribe()
      frame.remove()
    }
  }, [editor, fieldStore, layout, reportRef])

  return pages
}
