import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '@shared/model/report'
import { api } from '../ipc/api'

export type WebExportState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | {
      phase: 'exported'
      fileName: string
      imageCount: number
      exportToken: string
      warnings: string[]
      openError: string | null
    }
  | { phase: 'copied'; warnings: string[] }
  | { phase: 'failed'; message: string }

/**
 * "Xuất HTML" (main asks where, writes the page and, when chosen, its images folder) and "Sao chép cho
 * web" (main puts the CMS fragment and a plain-text version on the clipboard). One action at a time.
 */
export function useWebExport(currentReport: () => Report) {
  const { t } = useTranslation()
  const [state, setState] = useState<WebExportState>({ phase: 'idle' })
  const [separateImages, setSeparateImages] = useState(false)
  const running = useRef(false)

  const guarded = useCallback(
    async (work: () => Promise<void>) => {
      if (running.current) return
      running.current = true
      setState({ phase: 'working' })
      try {
        await work()
      } catch (error) {
        setState({ phase: 'failed', message: t('web.failed', { detail: String(error) }) })
      } finally {
        running.current = false
      }
    },
    [t],
  )

  const exportPage = useCallback(
    () =>
      guarded(async () => {
        const result = await api().exportHtml({ report: currentReport(), form: 'page', separateImages })
        if (result.ok) setState({ phase: 'exported', ...result, openError: null })
        else if (result.canceled) setState({ phase: 'idle' })
        else setState({ phase: 'failed', message: result.message })
      }),
    [currentReport, guarded, separateImages],
  )

  const copyForWeb = useCallback(
    () =>
      guarded(async () => {
        const result = await api().copyForWeb({ report: currentReport() })
        setState(
          result.ok
            ? { phase: 'copied', warnings: result.warnings }
            : { phase: 'failed', message: result.message },
        )
      }),
    [currentReport, guarded],
  )

  const open = useCallback(
    async (target: 'file' | 'folder') => {
      if (state.phase !== 'exported') return
      const result = await api().openExport({ exportToken: state.exportToken, target })
      setState({ ...state, openError: result.ok ? null : result.message })
    },
    [state],
  )

  const dismiss = useCallback(() => setState({ phase: 'idle' }), [])

  return { state, exportPage, copyForWeb, open, dismiss, separateImages, setSeparateImages }
}
