import './preview.css'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrintLayout } from '@shared/settings/settings'
import { fitWidthZoom } from './previewFit'
import type { PreviewPlacement } from './previewPlacement'
import { printPreviewDocument } from './printPreviewDocument'
import { useElementWidth } from './useElementWidth'

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
  /** Shown in place of the editor page (chosen, or no room beside it): a back button and Esc. */
  asTab: boolean
  placement: PreviewPlacement
  onPlacement(placement: PreviewPlacement): void
}

/** "fit": the whole A4 sheet width fits the pane ("Vừa khung"), the default. */
type Zoom = 'fit' | 0.5 | 0.75 | 1
const ZOOMS: readonly Zoom[] = ['fit', 0.5, 0.75, 1]

/**
 * Beside the editor: the web page exactly as exported, or the print layout on A4 sheets. Both are
 * `sandbox=""` frames fed by `srcdoc`: no script runs, the frame cannot reach the app, and it loads
 * nothing from outside (the app's Content-Security-Policy applies to it as well).
 */
export function PreviewPane(props: Props) {
  const { mode, html, builds, error, layout, onMode, onClose, asTab, placement, onPlacement } = props
  const { t } = useTranslation()
  const [chosenZoom, setChosenZoom] = useState<Zoom>('fit')
  const paneRef = useRef<HTMLElement>(null)
  const paneWidth = useElementWidth(paneRef)
  // Until the pane is measured, half size (the former default) rather than a frame built twice.
  const zoom = chosenZoom !== 'fit' ? chosenZoom : paneWidth ? fitWidthZoom(paneWidth) : 0.5
  useEffect(() => {
    if (!asTab) return
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null
      if (e.key !== 'Escape' || e.defaultPrevented || target?.closest('dialog, [role="dialog"]')) return
      e.preventDefault()
      onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [asTab, onClose])
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
    <aside
      ref={paneRef}
      className={asTab ? 'st-preview st-preview-as-tab' : 'st-preview'}
      aria-label={t('web.preview')}
      data-testid="preview-pane"
      data-placement={asTab ? 'tab' : 'beside'}
    >
      <div className="st-preview-bar">
        {asTab && (
          <button type="button" className="st-preview-back" title={t('layout.backHint')} onClick={onClose}>
            ← {t('layout.back')}
          </button>
        )}
        <div role="tablist" aria-label={t('web.preview')}>
          {tab('web', t('web.previewWeb'))}
          {tab('print', t('web.previewPrint'))}
        </div>
        {mode === 'print' && (
          <label className="st-preview-zoom">
            {t('web.zoom')}{' '}
            <select
              value={String(chosenZoom)}
              onChange={(e) => setChosenZoom(ZOOMS.find((z) => String(z) === e.target.value) ?? 'fit')}
            >
              {ZOOMS.map((z) => (
                <option key={z} value={String(z)}>
                  {z === 'fit' ? t('layout.fitWidth') : `${Math.round(z * 100)}%`}
                </option>
              ))}
            </select>
          </label>
        )}
        {/* Hidden while there is no room beside the page: the choice would change nothing. */}
        {!(asTab && placement === 'beside') && (
          <button
            type="button"
            className="st-preview-place"
            aria-pressed={placement === 'tab'}
            title={placement === 'tab' ? t('layout.placeBesideHint') : t('layout.placeTabHint')}
            onClick={() => onPlacement(placement === 'tab' ? 'beside' : 'tab')}
          >
            {placement === 'tab' ? t('layout.placeBeside') : t('layout.placeTab')}
          </button>
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
          data-zoom={zoom}
          data-testid="preview-print"
        />
      )}
    </aside>
  )
}
