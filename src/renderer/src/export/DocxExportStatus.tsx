import './docxExport.css'
import { useTranslation } from 'react-i18next'
import type { DocxExportState } from './useDocxExport'
import { ExportFailed } from './ExportFailed'

interface Props {
  state: DocxExportState
  onOpen(target: 'file' | 'folder'): void
  onDismiss(): void
}

/** Progress while a DOCX export runs, then its result, its warnings and the buttons to open it. */
export function DocxExportStatus({ state, onOpen, onDismiss }: Props) {
  const { t } = useTranslation()
  if (state.phase === 'idle') return null
  if (state.phase === 'working') {
    return (
      <div className="st-export" role="status" data-testid="docx-export">
        {state.percent === null ? (
          <progress className="st-export-progress" aria-label={t('docxExport.working')} />
        ) : (
          <progress
            className="st-export-progress"
            aria-label={t('docxExport.working')}
            max={100}
            value={state.percent}
          />
        )}
        <span>
          {t('docxExport.working')}
          {state.percent !== null && <span data-testid="docx-export-percent"> {state.percent}%</span>}
        </span>
      </div>
    )
  }
  if (state.phase === 'failed') {
    return (
      <ExportFailed
        testId="docx-export"
        message={state.message}
        closeLabel={t('docxExport.close')}
        onDismiss={onDismiss}
      />
    )
  }
  return (
    <div className="st-export" data-testid="docx-export">
      <span role="status">{t('docxExport.done', { name: state.fileName })}</span>
      <button type="button" onClick={() => onOpen('file')}>
        {t('docxExport.openFile')}
      </button>
      <button type="button" onClick={() => onOpen('folder')}>
        {t('docxExport.openFolder')}
      </button>
      <button type="button" onClick={onDismiss}>
        {t('docxExport.close')}
      </button>
      {state.openError && <span role="alert">{state.openError}</span>}
      {state.warnings.length > 0 && (
        <div className="st-export-warnings">
          <strong>{t('docxExport.warnings', { count: state.warnings.length })}</strong>
          <ul>
            {state.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
