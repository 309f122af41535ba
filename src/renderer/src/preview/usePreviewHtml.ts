import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'
import { exportHtml } from '@shared/export/html/exportHtml'
import type { Report } from '@shared/model/report'
import type { PrintLayout } from '@shared/settings/settings'
import type { FieldStore } from '@shared/templates/fieldStore'
import { useLatest } from '../hooks/useLatest'
import { describeError } from '@shared/text/describeError'

interface PreviewHtml {
  html: string
  builds: number
  /** Why the page could not be built, in the officer's words; null when `html` is current. */
  error: string | null
}

/** Quiet time after the last change before the preview is rebuilt; typing never waits on an export. */
const PREVIEW_DELAY_MS = 600

interface PreviewSource {
  enabled: boolean
  editor: Editor | null
  fieldStore: FieldStore
  /** The report as it is now (editor body, panel fields); read only when the preview is rebuilt. */
  currentReport(): Report
  /** Changes when the loaded report or its images change. */
  report: Report
  layout: PrintLayout | undefined
}

/**
 * The exported page for the preview panes: exactly what "Xuất HTML" writes (same exporter, same
 * options), rebuilt once the officer pauses, never on each keystroke, and only while a pane is open.
 */
export function usePreviewHtml({
  enabled,
  editor,
  fieldStore,
  currentReport,
  report,
  layout,
}: PreviewSource) {
  const [state, setState] = useState<PreviewHtml>({ html: '', builds: 0, error: null })
  const latestRef = useLatest(currentReport)

  useEffect(() => {
    if (!enabled) return
    let timer: number | undefined
    const build = () => {
      timer = undefined
      // A report over the exporter's budgets (or any exporter failure) leaves a message in the pane,
      // never an exception in a timer that would leave the last page showing as if it were current.
      try {
        const html = exportHtml(latestRef.current(), { form: 'page', layout }).html
        setState((s) => ({ html, builds: s.builds + 1, error: null }))
      } catch (error) {
        setState((s) => ({ html: '', builds: s.builds + 1, error: describeError(error) }))
      }
    }
    const schedule = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(build, PREVIEW_DELAY_MS)
    }
    build()
    editor?.on('update', schedule)
    const unsubscribe = fieldStore.subscribe(schedule)
    return () => {
      window.clearTimeout(timer)
      editor?.off('update', schedule)
      unsubscribe()
    }
  }, [enabled, editor, fieldStore, report, layout, latestRef])

  return state
}
