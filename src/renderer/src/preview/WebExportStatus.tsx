import { useTranslation } from 'react-i18next'
import type { WebExportState } from './useWebExport'
import { ExportFailed } from '../export/ExportFailed'
import { ExportDone } from '../export/ExportDone'
import type { TranslatedText } from '../status/statusMessage'
import { OwnWords } from '../status/OwnWords'
import { statusParts } from '../status/statusText'

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
  const own = (text: TranslatedText) => <OwnWords parts={statusParts(t, text)} />
  const result = state.result
  const exported = 'fileName' in result ? result : null
  return (
    <ExportDone
      testId="web-export"
      message={
        !exported
          ? t('web.copied')
          : exported.imageCount > 0
            ? own({ key: 'web.doneImages', params: { name: exported.fileName, count: exported.imageCount } })
            : own({ key: 'web.done', params: { name: exported.fileName } })
      }
      canOpen={exported !== null}
      openError={state.openError}
      warnings={result.warnings}
      labels={{
        openFile: t('web.openFile'),
        openFolder: t('web.openFolder'),
        close: t('web.close'),
        warnings: t('web.warnings', { count: result.warnings.length }),
      }}
      onOpen={onOpen}
      onDismiss={onDismiss}
    />
  )
}
