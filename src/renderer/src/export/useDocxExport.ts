import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '@shared/model/report'
import { api } from '../ipc/api'
import { convertAssetsForDocx } from './convertAssetsForDocx'

export type DocxExportState =
  | { phase: 'idle' }
  /** `percent` is null until main reports progress (while the save dialog is open, for instance). */
  | { phase: 'working'; percent: number | null }
  | { phase: 'done'; fileName: string; exportToken: string; warnings: string[]; openError: string | null }
  | { phase: 'failed'; message: string }

/**
 * "Xuất DOCX": sends the report to main (which asks where to save and writes the file), shows progress
 * while it works, then the result with "Mở tệp" / "Mở thư mục". One export at a time.
 */
export function useDocxExport(currentReport: () => Report) {
  const { t } = useTranslation()
  const [state, setState] = useState<DocxExportState>({ phase: 'idle' })
  const running = useRef(false)

  const start = useCallback(async () => {
    if (running.current) return
    running.current = true
    setState({ phase: 'working', percent: null })
    // Main reports the export's steps (blocks, then packing): a real percentage, never going back.
    const unsubscribe = api().onExportProgress((progress) => {
      if (progress.format !== 'docx') return
      const percent = Math.min(100, Math.floor((100 * progress.done) / progress.total))
      setState((current) =>
        current.phase === 'working' && (current.percent ?? -1) < percent
          ? { phase: 'working', percent }
          : current,
      )
    })
    try {
      const report = await convertAssetsForDocx(currentReport())
      const result = await api().exportDocx({ report })
      if (result.ok) {
        setState({
          phase: 'done',
          fileName: result.fileName,
          exportToken: result.exportToken,
          warnings: result.warnings,
          openError: null,
        })
      } else if (result.canceled) setState({ phase: 'idle' })
      else setState({ phase: 'failed', message: result.message })
    } catch (error) {
      setState({ phase: 'failed', message: t('docxExport.failed', { detail: String(error) }) })
    } finally {
      unsubscribe()
      running.current = false
    }
  }, [currentReport, t])

  const open = useCallback(
    async (target: 'file' | 'folder') => {
      if (state.phase !== 'done') return
      const result = await api().openExport({ exportToken: state.exportToken, target })
      setState({ ...state, openError: result.ok ? null : result.message })
    },
    [state],
  )

  const dismiss = useCallback(() => setState({ phase: 'idle' }), [])

  return { state, start, open, dismiss }
}
