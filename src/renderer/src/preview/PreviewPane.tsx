import './preview.css'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrintLayout } from '@shared/settings/settings'
import { printPreviewDocument } from './printPreviewDocument'

export type PreviewMode = 'web' | 'print'

interface Props {
  mode: PreviewMode
  html: string
  builds: number
  /** Why the page could not be built; shown instead of the frames. */
  error: string | null
  layout: PrintLayout | undefined
  onMode(mode: PreviewMode): void
  onClose(): void
}

const ZOOMS = [0.5, 0.75, 1] as const

/**
 * Beside the editor: the web page exactly as exported, or the print layout on A4 sheets. Both are
 * `sandbox=""` frames fed by `srcdoc`: no script runs, the frame cannot reach the app, and it loads
 * nothing from outside (the app's Content-Security-Policy applies to it as well).
 */
export function PreviewPane({ mode, html, builds, error, layout, onMode, onClose }: Props) {
  const { t } = useTranslation()
  const [zoom, setZoom] = useState<number>(0.5)
  const printHtml = useMemo(
    () => (mode === 'print' && html ? printPreviewDocument(html, layout, zoom) : ''),
    [html, layout, mode, zoom],
  )
  const tab = (m: PreviewMode, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={mode === m}
      className="st-preview-tab"
      onClick={() => onMode(m)}
    >
      {label}
    </button>
  )
  return (
    <aside className="st-preview" aria-label={t('web.preview')} data-testid="preview-pane">
      <div className="st-preview-bar">
        <div role="tablist" aria-label={t('web.preview')}>
          {tab('web', t('web.previewWeb'))}
          {tab('print', t('web.previewPrint'))}
        </div>
        {mode === 'print' && (
          <label className="st-preview-zoom">
            {t('web.zoom')}{' '}
            <select value={zoom} onChange={(e) => setZoom(Number(e.target.value))}>
              {ZOOMS.map((z) => (
                <option key={z} value={z}>
                  {Math.round(z * 100)}%
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="st-preview-close"
          aria-label={t('web.previewClose')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {/* A fresh frame per rebuild: Chromium can drop a srcdoc change made while the frame's first
          document is still loading, and a rebuild only happens after the officer pauses. */}
      {error !== null && (
        <p className="st-preview-error" role="status">
          {t('web.previewFailed', { reason: error })}
        </p>
      )}
      {!html ? null : mode === 'web' ? (
        <iframe
          key={`web-${builds}`}
          className="st-preview-frame"
          title={t('web.previewWebLabel')}
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={html}
          data-builds={builds}
          data-testid="preview-web"
        />
      ) : (
        <iframe
          key={`print-${builds}-${zoom}`}
          className="st-preview-frame st-preview-print"
          title={t('web.previewPrintLabel')}
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={printHtml}
          data-builds={builds}
          data-testid="preview-print"
        />
      )}
    </aside>
  )
}
