import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { Fragment, Slice } from '@tiptap/pm/model'
import { dropPoint } from '@tiptap/pm/transform'
import { useCallback } from 'react'
import { FIGURE_NODE } from '@shared/nodes/figureNode'
import type { AssetUrls } from '../editor/assetUrls'
import type { StatusMessage } from '../status/statusMessage'
import { addPhotoAsset } from './addPhotoAsset'
import type { OpenDocument } from './useOpenDocument'
import { useLatest } from '../hooks/useLatest'

interface InsertImageArgs {
  editor: Editor | null
  openDoc: OpenDocument
  assetUrls: AssetUrls
  setStatus(status: StatusMessage): void
}

/**
 * Inserts one photo file: at the cursor ("Chèn ảnh", paste) or at the block boundary nearest `at` (a
 * drop). Resolves to the position right after the new figure, or null when nothing was inserted.
 */
type InsertImage = (file: File, at?: number) => Promise<number | null>

/** Reads a photo, adds it to the report's assets and inserts a figure; refusals go to the status bar. */
export function useInsertImage(args: InsertImageArgs): InsertImage {
  // The returned function never changes (the editor keeps its first drop handler), so the args are read fresh.
  const latestRef = useLatest(args)
  return useCallback(
    async (file: File, at?: number) => {
      const added = await addPhotoAsset(file, () => latestRef.current)
      if (!added) return null
      const { editor, assetId: id } = added
      const content = { type: FIGURE_NODE.name, attrs: { assetId: id, alt: '' }, content: [] }
      let after: number | null = null
      // Each photo is its own undo step, however quickly the next one follows (as in Word).
      const chain = editor
        .chain()
        .focus()
        .command(({ tr }) => {
          closeHistory(tr)
          return true
        })
      if (at === undefined) {
        const start = editor.state.selection.to
        chain.insertContent(content).command(({ tr }) => {
          after = tr.mapping.map(start, 1)
          return true
        })
      } else {
        chain.command(({ tr }) => {
          const figure = editor.schema.nodeFromJSON(content)
          // A drop between blocks keeps the paragraph under the pointer whole (as ProseMirror's own drop).
          const near = Math.max(0, Math.min(at, tr.doc.content.size))
          const target = dropPoint(tr.doc, near, new Slice(Fragment.from(figure), 0, 0)) ?? near
          tr.insert(target, figure)
          after = tr.mapping.map(target, 1)
          return true
        })
      }
      chain.run()
      return after
    },
    [latestRef],
  )
}

/** Inserts several photos one after another (a drop, a paste); a refused one leaves the place to the next. */
export async function insertImagesInOrder(insert: InsertImage, files: File[], at?: number): Promise<void> {
  let next = at
  for (const file of files) {
    const after = await insert(file, next)
    if (after !== null) next = after
  }
}
