import { useTranslation } from 'react-i18next'
import type { ReportCounts } from '@shared/plainText/reportCounts'
import type { StatusMessage } from '../status/statusMessage'
import { OwnWords } from '../status/OwnWords'
import { statusParts } from '../status/statusText'
import { changeEditorZoom, useEditorZoom } from './editorZoom'
import './statusBar.css'

interface Props {
  counts: ReportCounts
  /** A4 pages of the print layout; null until first counted. */
  pages: number | null
  dirty: boolean
  status: StatusMessage | null
  /** The pre-publication check's counts; the button opens and closes its list. */
  check: { errors: number; warnings: number; open: boolean; onToggle(): void }
}

/**
 * The footer: the visible report's words, characters and print pages, the unsaved mark, the last
 * message (errors announced as alerts), the zoom.
 */
export function StatusBar({ counts, pages, dirty, status, check }: Props) {
  const { t, i18n } = useTranslation()
  const zoom = useEditorZoom()
  return (
    <footer className="st-status">
      <span data-testid="word-count">{t('status.words', { count: counts.words })}</span>
      <span
        data-testid="char-count"
        title={t('status.charactersNoSpaces', { count: counts.charactersNoSpaces })}
      >
        {t('status.characters', { count: counts.characters })}
      </span>
      {pages !== null && (
        <span data-testid="page-count" title={t('status.pagesHint')}>
          {t('status.pages', { count: pages })}
        </span>
      )}
      {dirty && <span className="st-dirty">{t('app.unsaved')}</span>}
      <button
        type="button"
        className={`st-prepub-button${check.errors ? ' has-errors' : check.warnings ? ' has-warnings' : ''}`}
        data-testid="check-button"
        aria-expanded={check.open}
        onClick={check.onToggle}
      >
        {check.errors + check.warnings
          ? t('check.button', { errors: check.errors, warnings: check.warnings })
          : t('check.buttonClean')}
      </button>
      {status && (
        <span role={status.kind === 'error' ? 'alert' : 'status'} className={`st-msg st-${status.kind}`}>
          <OwnWords parts={statusParts(t, status, i18n.language)} />
        </span>
      )}
      <span className="st-zoom" role="group" aria-label={t('status.zoomGroup')}>
        <button
          type="button"
          aria-label={t('status.zoomOut')}
          title={t('status.zoomOut')}
          onClick={() => changeEditorZoom('out')}
        >
          −
        </button>
        <button
          type="button"
          data-testid="editor-zoom"
          aria-label={t('status.zoomReset', { percent: zoom })}
          title={t('status.zoomReset', { percent: zoom })}
          onClick={() => changeEditorZoom('reset')}
        >
          {zoom}%
        </button>
        <button
          type="button"
          aria-label={t('status.zoomIn')}
          title={t('status.zoomIn')}
          onClick={() => changeEditorZoom('in')}
        >
          +
        </button>
      </span>
    </footer>
  )
}
