import type { Editor } from '@tiptap/core'
import type { AssetUrls } from '../editor/assetUrls'
import { readImageFile } from '../editor/readImageFile'
import type { StatusMessage } from '../status/statusMessage'
import type { OpenDocument } from './useOpenDocument'

/** What adding a photo reads, fresh after the file has been read (the report may have changed). */
interface PhotoAssetContext {
  editor: Editor | null
  openDoc: OpenDocument
  assetUrls: AssetUrls
  setStatus(status: StatusMessage): void
}

/**
 * Reads a photo file with the checks of "Chèn ảnh" and adds it to the report's assets. Resolves to
 * the live editor and the new asset's id, or null: no editor any more, or the file was refused (said
 * in the status bar).
 */
export async function addPhotoAsset(
  file: File,
  context: () => PhotoAssetContext,
): Promise<{ editor: Editor; assetId: string } | null> {
  if (!context().editor) return null
  const read = await readImageFile(file)
  const { editor, openDoc, assetUrls, setStatus } = context()
  if (!editor || editor.isDestroyed) return null
  if (!read.ok) {
    const key = read.reason === 'refused' ? 'status.imageRefused' : 'status.imageBroken'
    setStatus({ kind: 'error', key, params: { name: file.name } })
    return null
  }
  const assetId = crypto.randomUUID()
  const assets = { ...openDoc.doc.report.assets, [assetId]: read.asset }
  assetUrls.setAssets(assets)
  openDoc.setAssets(assets)
  return { editor, assetId }
}
