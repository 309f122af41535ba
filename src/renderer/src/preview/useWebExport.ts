import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportedHtml, IpcResponses } from '@shared/ipc/contract'
import type { Report } from '@shared/model/report'
import type { ExportJobState } from '../export/exportJob'
import { useExportJob } from '../export/useExportJob'
import { useLatest } from '../hooks/useLatest'
import { api } from '../ipc/api'

/** "Sao chép cho web" done: the fragment is on the clipboard (there is no file to open). */
export type CopiedForWeb = Extract<IpcResponses['copyForWeb'], { ok: true }>

export type WebExportState = ExportJobState<ExportedHtml | CopiedForWeb>

/**
 * "Xuất HTML" (main asks where, writes the page and, when chosen, its images folder) and "Sao chép cho
 * web" (main puts the CMS fragment and a plain-text version on the clipboard). One action at a time.
 */
export function useWebExport(currentReport: () => Report) {
  const { t } = useTranslation()
  const job = useExportJob<ExportedHtml | CopiedForWeb>((detail) => t('web.failed', { detail }))
  const [separateImages, setSeparateImages] = useState(false)
  const reportRef = useLatest(currentReport)
  const { run } = job

  const exportPage = useCallback(
    () => run(() => api().exportHtml({ report: reportRef.current(), form: 'page', separateImages })),
    [reportRef, run, separateImages],
  )
  const copyForWeb = useCallback(
    () => run(() => api().copyForWeb({ report: reportRef.current() })),
    [reportRef, run],
  )

  return { ...job, exportPage, copyForWeb, separateImages, setSeparateImages }
}
