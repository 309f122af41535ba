import './docxExport.css'
import { useTranslation } from 'react-i18next'
import type { DocxExportState } from './useDocxExport'
import { ExportFailed } from './ExportFailed'
import { ExportDone } from './ExportDone'
import { OwnWords } from '../status/OwnWords'
import { statusParts } from '../status/statusText'

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
  const { fileName, warnings } = state.result
  return (
    <ExportDone
      testId="docx-export"
      message={<OwnWords parts={statusParts(t, { key: 'docxExport.done', params: { name: fileName } })} />}
      canOpen
      openError={state.openError}
      warnings={warnings}
      labels={{
        openFile: t('docxExport.openFile'),
        openFolder: t('docxExport.openFolder'),
        close: t('docxExport.close'),
        warnings: t('docxExport.warnings', { count: warnings.length }),
      }}
      onOpen={onOpen}
      onDismiss={onDismiss}
    />
  )
}
