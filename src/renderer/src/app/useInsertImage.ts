import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssetUrls } from '../editor/assetUrls'
import { readImageFile } from '../editor/readImageFile'
import type { StatusMessage } from './status'
import type { OpenDocument } from './useOpenDocument'

export interface InsertImageArgs {
  editor: Editor | null
  openDoc: OpenDocument
  assetUrls: AssetUrls
  setStatus(status: StatusMessage): void
}

/** Reads a picked photo, adds it to the report's assets and inserts a figure at the cursor. */
export function useInsertImage(args: InsertImageArgs): (file: File) => Promise<void> {
  const { t } = useTranslation()
  const latest = useRef(args)
  useEffect(() => {
    latest.current = args
  })
  return useCallback(
    async (file: File) => {
      if (!latest.current.editor) return
      const read = await readImageFile(file)
      const { editor, openDoc, assetUrls, setStatus } = latest.current
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
      editor
        .chain()
        .focus()
        .insertContent({ type: 'figure', attrs: { assetId: id, alt: '' }, content: [] })
        .run()
    },
    [t],
  )
}
