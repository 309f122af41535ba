import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { FIGURE_NODE } from '@shared/nodes/figureNode'
import type { AssetUrls } from '../editor/assetUrls'
import { readImageFile } from '../editor/readImageFile'
import type { StatusMessage } from '../status/statusMessage'
import type { OpenDocument } from './useOpenDocument'
import { useLatest } from '../hooks/useLatest'

interface InsertImageArgs {
  editor: Editor | null
  openDoc: OpenDocument
  assetUrls: AssetUrls
  setStatus(status: StatusMessage): void
}

/** Reads a picked photo, adds it to the report's assets and inserts a figure at the cursor. */
export function useInsertImage(args: InsertImageArgs): (file: File) => Promise<void> {
  const { t } = useTranslation()
  const latestRef = useLatest(args)
  return useCallback(
    async (file: File) => {
      if (!latestRef.current.editor) return
      const read = await readImageFile(file)
      const { editor, openDoc, assetUrls, setStatus } = latestRef.current
      if (!editor) return
      if (!read.ok) {
        const key = read.reason === 'refused' ? 'status.imageRefused' : 'status.imageBroken'
        setStatus({ kind: 'error', text: t(key, { name: file.name }) })
        return
      }
      const id = crypto.randomUUID()
      const assets = { ...openDoc.doc.report.assets, [id]: read.asset }
      assetUrls.setAssets(assets)
      openDoc.setAssets(assets)
      // Each photo is its own undo step, however quickly the next one follows (as in Word).
      editor
        .chain()
        .focus()
        .command(({ tr }) => {
          closeHistory(tr)
          return true
        })
        .insertContent({ type: FIGURE_NODE.name, attrs: { assetId: id, alt: '' }, content: [] })
        .run()
    },
    [latestRef, t],
  )
}
