import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import type { Report } from '@shared/model/report'
import { currentUnit, type PrintLayout } from '@shared/settings/settings'
import type { FieldStore } from '@shared/templates/fieldStore'
import { api } from '../ipc/api'
import type { PreviewMode } from './PreviewPane'
import { besideFits } from './previewFit'
import { setPreviewPlacement, usePreviewPlacement } from './previewPlacement'
import { useElementWidth } from './useElementWidth'
import { usePreviewHtml } from './usePreviewHtml'

interface PreviewArgs {
  editor: Editor | null
  fieldStore: FieldStore
  currentReport(): Report
  report: Report
  /** The area the editor page and a preview beside it share. */
  area: RefObject<HTMLElement | null>
  /** The editor page's zoom in percent. */
  editorZoom: number
}

/** The preview pane's state: closed (`mode` null) or showing the web page or the print layout. */
export function usePreview({ editor, fieldStore, currentReport, report, area, editorZoom }: PreviewArgs) {
  const [mode, setMode] = useState<PreviewMode | null>(null)
  const placement = usePreviewPlacement()
  const areaWidth = useElementWidth(area)
  // Beside only while the editor's text column keeps its width; otherwise in place of the page.
  const asTab = placement === 'tab' || !besideFits(areaWidth, editorZoom / 100)
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

  /** Closes the preview; from a tab the officer is back in the editor, caret where it was. */
  const close = useCallback(() => {
    flushSync(() => setMode(null))
    if (asTab) editor?.commands.focus()
  }, [asTab, editor])

  return {
    mode,
    setMode,
    layout,
    html,
    builds,
    error,
    asTab,
    placement,
    setPlacement: setPreviewPlacement,
    close,
  }
}
