import type { Editor } from '@tiptap/core'
import { useCallback } from 'react'
import type { AssetUrls } from '../editor/assetUrls'
import { photoPosition, setPhotoAttrs } from '../editor/photo/photoEdits'
import type { StatusMessage } from '../status/statusMessage'
import { addPhotoAsset } from './addPhotoAsset'
import type { OpenDocument } from './useOpenDocument'
import { useLatest } from '../hooks/useLatest'

interface ReplaceImageArgs {
  editor: Editor | null
  openDoc: OpenDocument
  assetUrls: AssetUrls
  setStatus(status: StatusMessage): void
}

/** Which photo "Thay ảnh…" replaces: where it was when the file was picked, and what it showed. */
interface PhotoToReplace {
  pos: number
  assetId: string
}

/**
 * "Thay ảnh…": reads the file with the checks of "Chèn ảnh" and shows it in the photo instead,
 * keeping its caption, alt text and width; a refused file leaves the photo as it was.
 */
export function useReplaceImage(
  args: ReplaceImageArgs,
): (file: File, photo: PhotoToReplace) => Promise<void> {
  const latestRef = useLatest(args)
  return useCallback(
    async (file, photo) => {
      const added = await addPhotoAsset(file, () => latestRef.current)
      if (!added) return
      const { editor, assetId } = added
      const pos = photoPosition(editor.state, photo.pos, photo.assetId)
      if (pos === null) return
      const tr = setPhotoAttrs(editor.state, pos, { assetId })
      if (tr) editor.view.dispatch(tr)
      editor.view.focus()
    },
    [latestRef],
  )
}
