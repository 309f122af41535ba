import { describe, expect, it } from 'vitest'
import { Node as PmNode } from '@tiptap/pm/model'
import { history, undo, undoDepth } from '@tiptap/pm/history'
import { EditorState, NodeSelection, TextSelection } from '@tiptap/pm/state'
import { bodySchema } from '@shared/body/bodyExtensions'
import type { BodyNode } from '@shared/model/body'
import {
  deletePhoto,
  movePhoto,
  photoPosition,
  selectedPhoto,
  setPhotoAttrs,
} from '@renderer/editor/photo/photoEdits'
import { draggedWidth } from '@renderer/editor/photo/photoView'
import { doc, figure, p } from '../../../../fixtures/builders'

const schema = bodySchema()

/** A state with the photo `assetId` selected. */
function stateWith(body: BodyNode, assetId: string): EditorState {
  const state = EditorState.create({ doc: PmNode.fromJSON(schema, body), plugins: [history()] })
  const pos = photoPosition(state, 0, assetId)
  if (pos === null) throw new Error(`no photo ${assetId}`)
  return state.apply(state.tr.setSelection(NodeSelection.create(state.doc, pos)))
}

/** The body's top-level blocks: a paragraph's text, or `[asset id]` for a photo. */
const blocks = (state: EditorState) =>
  state.doc.content.content.map((n) =>
    n.type.name === 'figure' ? `[${String(n.attrs.assetId)}]` : n.textContent,
  )

const body = () => doc(p('Một'), figure('a', '', 'Chú thích'), p('Hai'))

describe('photo edits', () => {
  it('moves the selected photo one block down and up, keeping it selected, each move one undo step', () => {
    let state = stateWith(body(), 'a')
    const down = movePhoto(state, 'down')
    if (!down) throw new Error('no move down')
    state = state.apply(down)
    expect(blocks(state)).toEqual(['Một', 'Hai', '[a]'])
    expect(selectedPhoto(state)?.node.attrs.assetId).toBe('a')
    expect(movePhoto(state, 'down')).toBeNull()
    const up = movePhoto(state, 'up')
    if (!up) throw new Error('no move up')
    state = state.apply(up)
    expect(blocks(state)).toEqual(['Một', '[a]', 'Hai'])
    expect(undoDepth(state)).toBe(2)
    undo(state, (tr) => (state = state.apply(tr)))
    expect(blocks(state)).toEqual(['Một', 'Hai', '[a]'])
    // The caption moves with the photo.
    expect(state.doc.lastChild?.textContent).toBe('Chú thích')
  })

  it('does not move a photo that is first, nor anything when no photo is selected', () => {
    const state = stateWith(doc(figure('a', ''), p('Hai')), 'a')
    expect(movePhoto(state, 'up')).toBeNull()
    const text = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, state.doc.content.size - 1)),
    )
    expect(selectedPhoto(text)).toBeNull()
    expect(movePhoto(text, 'down')).toBeNull()
    expect(deletePhoto(text)).toBeNull()
  })

  it('sets width (held to 10–100), alt and asset, keeping the caption and the selection', () => {
    let state = stateWith(body(), 'a')
    const pos = selectedPhoto(state)?.pos ?? -1
    const tr = setPhotoAttrs(state, pos, { width: 1e9, alt: 'Toàn cảnh', assetId: 'b' })
    if (!tr) throw new Error('no edit')
    state = state.apply(tr)
    expect(selectedPhoto(state)?.node.attrs).toEqual({ assetId: 'b', alt: 'Toàn cảnh', width: 100 })
    expect(selectedPhoto(state)?.node.textContent).toBe('Chú thích')
    state = state.apply(setPhotoAttrs(state, pos, { width: 3 }) ?? state.tr)
    expect(selectedPhoto(state)?.node.attrs.width).toBe(10)
    expect(setPhotoAttrs(state, 0, { width: 50 })).toBeNull()
  })

  it('finds the photo again by its asset when it moved while a file was read', () => {
    const state = stateWith(body(), 'a')
    const at = selectedPhoto(state)?.pos ?? -1
    expect(photoPosition(state, at, 'a')).toBe(at)
    expect(photoPosition(state, 0, 'a')).toBe(at)
    expect(photoPosition(state, at, 'gone')).toBeNull()
  })

  it('deletes the selected photo with its caption', () => {
    const state = stateWith(body(), 'a')
    const tr = deletePhoto(state)
    if (!tr) throw new Error('no delete')
    expect(blocks(state.apply(tr))).toEqual(['Một', 'Hai'])
  })
})

describe('dragged width', () => {
  it('widens a centred photo by twice the drag, in whole percent of the text width, held to 10–100', () => {
    expect(draggedWidth(300, 60, 'right', 600)).toBe(70)
    expect(draggedWidth(300, 60, 'left', 600)).toBe(30)
    expect(draggedWidth(300, -60, 'left', 600)).toBe(70)
    expect(draggedWidth(300, 1.4, 'right', 600)).toBe(50)
    expect(draggedWidth(300, -1000, 'right', 600)).toBe(10)
    expect(draggedWidth(300, 1000, 'right', 600)).toBe(100)
    expect(draggedWidth(300, 10, 'right', 0)).toBe(100)
  })
})
