import type { Editor } from '@tiptap/core'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '@shared/model/report'
import { currentUnit, type PrintLayout } from '@shared/settings/settings'
import { api } from '../ipc/api'
import type { FieldStore } from '@shared/templates/fieldStore'
import { PreviewPane, type PreviewMode } from './PreviewPane'
import { usePreviewHtml } from './usePreviewHtml'
import { useWebExport } from './useWebExport'
import { WebExportStatus } from './WebExportStatus'

export interface WebOutputArgs {
  editor: Editor | null
  fieldStore: FieldStore
  currentReport(): Report
  report: Report
}

export interface WebOutput {
  exportHtml(): Promise<void>
  copyForWeb(): Promise<void>
  /** "Xuất HTML", "Sao chép cho web" and the preview toggle, for the app's toolbar. */
  buttons: ReactNode
  /** The preview pane beside the editor, when open. */
  pane: ReactNode
  status: ReactNode
}

/** Everything web-facing in the app: HTML export, copy for the CMS, the web and print previews. */
export function useWebOutput({ editor, fieldStore, currentReport, report }: WebOutputArgs): WebOutput {
  const { t } = useTranslation()
  const [mode, setMode] = useState<PreviewMode | null>(null)
  const [layout, setLayout] = useState<PrintLayout | undefined>(undefined)
  const web = useWebExport(currentReport)
  const preview = usePreviewHtml({
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
      .getSettings(null)
      .then((r) => live && setLayout(currentUnit(r.settings).printLayout))
    return () => {
      live = false
    }
  }, [mode])

  const buttons = (
    <>
      <button type="button" onClick={() => void web.exportPage()}>
        {t('web.export')}
      </button>
      <label className="st-web-option">
        <input
          type="checkbox"
          checked={web.separateImages}
          onChange={(e) => web.setSeparateImages(e.target.checked)}
        />{' '}
        {t('web.separateImages')}
      </label>
      <button type="button" onClick={() => void web.copyForWeb()}>
        {t('web.copy')}
      </button>
      <button type="button" aria-pressed={mode !== null} onClick={() => setMode((m) => (m ? null : 'web'))}>
        {t('web.preview')}
      </button>
    </>
  )

  return {
    exportHtml: web.exportPage,
    copyForWeb: web.copyForWeb,
    buttons,
    pane: mode && (
      <PreviewPane
        mode={mode}
        html={preview.html}
        builds={preview.builds}
        layout={layout}
        onMode={setMode}
        onClose={() => setMode(null)}
      />
    ),
    status: (
      <WebExportStatus state={web.state} onOpen={(target) => void web.open(target)} onDismiss={web.dismiss} />
    ),
  }
}
