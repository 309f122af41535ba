import type { Node as PmNode } from '@tiptap/pm/model'
import { closeHistory } from '@tiptap/pm/history'
import { NodeSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { FIGURE_NODE, figureWidth } from '@shared/nodes/figureNode'

/** The photo the selection is on, with its position; null when no photo is selected. */
interface SelectedPhoto {
  pos: number
  node: PmNode
}

export function selectedPhoto(state: EditorState): SelectedPhoto | null {
  const { selection } = state
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== FIGURE_NODE.name) return null
  return { pos: selection.from, node: selection.node }
}

/** Sets attributes of the photo at `pos` and keeps it selected; null when `pos` holds no photo. */
export function setPhotoAttrs(
  state: EditorState,
  pos: number,
  attrs: { width?: number; alt?: string; assetId?: string },
): Transaction | null {
  const node = state.doc.nodeAt(pos)
  if (node?.type.name !== FIGURE_NODE.name) return null
  // Each photo edit is its own undo step, however quickly the next follows.
  const tr = closeHistory(state.tr)
  if (attrs.width !== undefined) tr.setNodeAttribute(pos, 'width', figureWidth(attrs.width))
  if (attrs.alt !== undefined) tr.setNodeAttribute(pos, 'alt', attrs.alt)
  if (attrs.assetId !== undefined) tr.setNodeAttribute(pos, 'assetId', attrs.assetId)
  return tr.setSelection(NodeSelection.create(tr.doc, pos))
}

/**
 * Moves the selected photo one block up or down among its siblings, as one step, and keeps it
 * selected; null when it is already first or last.
 */
export function movePhoto(state: EditorState, direction: 'up' | 'down'): Transaction | null {
  const photo = selectedPhoto(state)
  if (!photo) return null
  const $pos = state.doc.resolve(photo.pos)
  const index = $pos.index()
  const parent = $pos.parent
  const end = photo.pos + photo.node.nodeSize
  let target: number
  if (direction === 'up') {
    if (index === 0) return null
    target = photo.pos - parent.child(index - 1).nodeSize
  } else {
    if (index + 1 >= parent.childCount) return null
    // Once the photo is gone, the next block starts where the photo did.
    target = photo.pos + parent.child(index + 1).nodeSize
  }
  const tr = closeHistory(state.tr).delete(photo.pos, end).insert(target, photo.node)
  return tr.setSelection(NodeSelection.create(tr.doc, target)).scrollIntoView()
}

/** Finds the photo to change after an awaited read: still at `pos`, else the first showing `assetId`. */
export function photoPosition(state: EditorState, pos: number, assetId: string): number | null {
  const at = state.doc.nodeAt(pos)
  if (at?.type.name === FIGURE_NODE.name && at.attrs.assetId === assetId) return pos
  let found: number | null = null
  state.doc.descendants((node, p) => {
    if (found !== null) return false
    if (node.type.name === FIGURE_NODE.name && node.attrs.assetId === assetId) found = p
    return true
  })
  return found
}

/** Deletes the selected photo as its own undo step; null when no photo is selected. */
export function deletePhoto(state: EditorState): Transaction | null {
  const photo = selectedPhoto(state)
  if (!photo) return null
  return closeHistory(state.tr)
    .delete(photo.pos, photo.pos + photo.node.nodeSize)
    .scrollIntoView()
}
