import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportedDocx } from '@shared/ipc/contract'
import type { Report } from '@shared/model/report'
import { useLatest } from '../hooks/useLatest'
import { api } from '../ipc/api'
import type { ExportJobState } from './exportJob'
import { useExportJob } from './useExportJob'

export type DocxExportState = ExportJobState<ExportedDocx>

/**
 * "Xuất DOCX": sends the report to main (which asks where to save and writes the file), shows progress
 * while it works, then the result with "Mở tệp" / "Mở thư mục". One export at a time.
 */
export function useDocxExport(currentReport: () => Report) {
  const { t } = useTranslation()
  const job = useExportJob<ExportedDocx>((detail) => t('docxExport.failed', { detail }), 'docx')
  const reportRef = useLatest(currentReport)
  const { run } = job
  const start = useCallback(
    () => run(() => api().exportDocx({ report: reportRef.current() })),
    [reportRef, run],
  )
  return { ...job, start }
}
