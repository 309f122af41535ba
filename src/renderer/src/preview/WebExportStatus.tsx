import { useTranslation } from 'react-i18next'
import type { WebExportState } from './useWebExport'
import { ExportFailed } from '../export/ExportFailed'

interface Props {
  state: WebExportState
  onOpen(target: 'file' | 'folder'): void
  onDismiss(): void
}

/** The outcome of "Xuất HTML" or "Sao chép cho web", with what the officer should check. */
export function WebExportStatus({ state, onOpen, onDismiss }: Props) {
  const { t } = useTranslation()
  if (state.phase === 'idle') return null
  if (state.phase === 'working') {
    return (
      <div className="st-export" role="status" data-testid="web-export">
        <progress className="st-export-progress" aria-label={t('web.working')} />
        <span>{t('web.working')}</span>
      </div>
    )
  }
  if (state.phase === 'failed') {
    return (
      <ExportFailed
        testId="web-export"
        message={state.message}
        closeLabel={t('web.close')}
        onDismiss={onDismiss}
      />
    )
  }
  const warnings = state.warnings
  return (
    <div className="st-export" data-testid="web-export">
      <span role="status">
        {state.phase === 'copied'
          ? t('web.copied')
          : state.imageCount > 0
            ? t('web.doneImages', { name: state.fileName, count: state.imageCount })
            : t('web.done', { name: state.fileName })}
      </span>
      {state.phase === 'exported' && (
        <>
          <button type="button" onClick={() => onOpen('file')}>
            {t('web.openFile')}
          </button>
          <button type="button" onClick={() => onOpen('folder')}>
            {t('web.openFolder')}
          </button>
        </>
      )}
      <button type="button" onClick={onDismiss}>
        {t('web.close')}
      </button>
      {state.phase === 'exported' && state.openError && <span role="alert">{state.openError}</span>}
      {warnings.length > 0 && (
        <div className="st-export-warnings">
          <strong>{t('web.warnings', { count: warnings.length })}</strong>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
