import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'
import type { Report } from '@shared/model/report'
import { currentUnit, type PrintLayout } from '@shared/settings/settings'
import type { FieldStore } from '@shared/templates/fieldStore'
import { api } from '../ipc/api'
import type { PreviewMode } from './PreviewPane'
import { usePreviewHtml } from './usePreviewHtml'

interface PreviewArgs {
  editor: Editor | null
  fieldStore: FieldStore
  currentReport(): Report
  report: Report
}

/** The preview pane's state: closed (`mode` null) or showing the web page or the print layout. */
export function usePreview({ editor, fieldStore, currentReport, report }: PreviewArgs) {
  const [mode, setMode] = useState<PreviewMode | null>(null)
  const [layout, setLayout] = useState<PrintLayout | undefined>(undefined)
  const { html, builds, error } = usePreviewHtml({
    enabled: mode !== null,
    editor,
    fieldStore,
    currentReport,
    report,
    layout,
  })

  // The unit's print layout, read when a preview opens, so the preview matches the exported file.
  useEffect(() => {
    if (mode === null) return
    let live = true
    void api()
      .getSettings()
      .then((r) => live && setLayout(currentUnit(r.settings).printLayout))
    return () => {
      live = false
    }
  }, [mode])

  return { mode, setMode, layout, html, builds, error }
}
