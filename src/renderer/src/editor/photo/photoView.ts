import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView, NodeView } from '@tiptap/pm/view'
import { NearView } from './nearView'
import { setPhotoAttrs } from './photoEdits'
import { FIGURE_NODE, FIGURE_WIDTH, figureAttrs, figureWidth } from '@shared/nodes/figureNode'

interface PhotoViewsOptions {
  /** The displayable URL of a report asset, made when first asked for. */
  assetSrc: (assetId: string) => string
  /** The URL already made for an asset, or '' when there is none yet. */
  madeSrc: (assetId: string) => string
}

type Side = 'left' | 'right'

/** The width a drag ends at: whole percent of the text width, held to 10–100. */
export function draggedWidth(startPx: number, deltaPx: number, side: Side, textPx: number): number {
  if (textPx <= 0) return FIGURE_WIDTH.default
  // The photo is centred, so an edge dragged by d pixels widens it by 2d.
  const grown = startPx + 2 * (side === 'right' ? deltaPx : -deltaPx)
  return figureWidth((grown / textPx) * 100)
}

/**
 * The photo in the editor: the image at its chosen share of the text width, with resize handles shown
 * while it is selected, and the caption as the editable content. Plain DOM, touched only when the
 * figure's own attributes change, so typing elsewhere costs nothing even with many photos.
 */
class PhotoView implements NodeView {
  dom: HTMLElement
  contentDOM: HTMLElement
  private readonly frame: HTMLElement
  private readonly img: HTMLImageElement
  private endDrag: (() => void) | null = null
  /** The image is loaded once the photo comes near the view, or at once when its URL is made. */
  private shown: boolean

  constructor(
    private node: PmNode,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly options: PhotoViewsOptions,
    private readonly nearView: NearView,
  ) {
    this.dom = document.createElement(FIGURE_NODE.element.tag)
    this.dom.className = `${FIGURE_NODE.element.className} st-photo`
    this.dom.dataset.type = FIGURE_NODE.name
    this.frame = document.createElement('div')
    this.frame.className = 'st-photo-frame'
    this.frame.contentEditable = 'false'
    this.img = document.createElement('img')
    this.img.draggable = false
    this.frame.append(this.img)
    for (const corner of ['left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right']) {
      const handle = document.createElement('span')
      handle.className = `st-photo-handle st-photo-handle-${corner}`
      handle.dataset.handle = corner
      this.frame.append(handle)
    }
    this.contentDOM = document.createElement(FIGURE_NODE.caption.tag)
    this.contentDOM.className = FIGURE_NODE.caption.className
    this.dom.append(this.frame, this.contentDOM)
    this.frame.addEventListener('mousedown', this.onMouseDown)
    // A redrawn photo (undo, a move) keeps its image without a blank frame.
    this.shown = options.madeSrc(figureAttrs(node.attrs).assetId) !== ''
    if (!this.shown)
      nearView.watch(this.dom, () => {
        this.shown = true
        this.render()
      })
    this.render()
  }

  private render(): void {
    const { assetId, alt, width } = figureAttrs(this.node.attrs)
    if (this.shown) {
      const src = this.options.assetSrc(assetId)
      if (this.img.getAttribute('src') !== src) this.img.src = src
    }
    this.img.alt = alt
    this.img.setAttribute(FIGURE_NODE.attrs.assetId.htmlAttribute, assetId)
    this.img.setAttribute(FIGURE_NODE.attrs.width.htmlAttribute, String(width))
    this.frame.style.width = `${width}%`
  }

  private readonly onMouseDown = (event: MouseEvent): void => {
    if (event.button !== 0) return
    event.preventDefault()
    const pos = this.getPos()
    if (typeof pos !== 'number') return
    const { state } = this.view
    if (!(state.selection instanceof NodeSelection && state.selection.from === pos))
      this.view.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, pos)))
    this.view.focus()
    const handle = (event.target as HTMLElement).dataset.handle
    if (handle) this.startDrag(event, handle.endsWith('left') ? 'left' : 'right')
  }

  /** Follows the pointer in the DOM only; the new width is one transaction (one undo step) on release. */
  private startDrag(event: MouseEvent, side: Side): void {
    const startX = event.clientX
    const startPx = this.frame.getBoundingClientRect().width
    // The figure spans the text width; zoom scales both rects alike.
    const textPx = this.dom.getBoundingClientRect().width
    let width = figureAttrs(this.node.attrs).width
    const move = (e: MouseEvent) => {
      width = draggedWidth(startPx, e.clientX - startX, side, textPx)
      this.frame.style.width = `${width}%`
    }
    const up = () => {
      this.endDrag?.()
      const pos = this.getPos()
      if (typeof pos !== 'number' || width === figureAttrs(this.node.attrs).width) return this.render()
      const tr = setPhotoAttrs(this.view.state, pos, { width })
      if (tr) this.view.dispatch(tr)
    }
    this.dom.classList.add('is-resizing')
    window.addEventListener('mousemove', move)
    window.addEventListener('mouseup', up)
    this.endDrag = () => {
      this.dom.classList.remove('is-resizing')
      window.removeEventListener('mousemove', move)
      window.removeEventListener('mouseup', up)
      this.endDrag = null
    }
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false
    const before = this.node.attrs
    this.node = node
    if (Object.keys(node.attrs).some((k) => node.attrs[k] !== before[k])) this.render()
    return true
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode')
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode')
  }

  stopEvent(event: Event): boolean {
    // The image and its handles are ours; the caption is ProseMirror's.
    return event.type === 'mousedown' && this.frame.contains(event.target as globalThis.Node)
  }

  ignoreMutation(mutation: MutationRecord | { type: 'selection'; target: globalThis.Node }): boolean {
    // Only the caption's text is ProseMirror's to read back.
    return !this.contentDOM.contains(mutation.target)
  }

  destroy(): void {
    this.endDrag?.()
    this.nearView.forget(this.dom)
    this.frame.removeEventListener('mousedown', this.onMouseDown)
  }
}

/** Editor-only photo views: the shared schema and the exports do not change. */
export const PhotoViews = Extension.create<PhotoViewsOptions>({
  name: 'photoViews',

  addOptions() {
    return { assetSrc: () => '', madeSrc: () => '' }
  },

  addProseMirrorPlugins() {
    const options = this.options
    const nearView = new NearView((element) => element.closest('.st-main'))
    return [
      new Plugin({
        key: new PluginKey('photoViews'),
        props: {
          nodeViews: {
            [FIGURE_NODE.name]: (node, view, getPos) => new PhotoView(node, view, getPos, options, nearView),
          },
        },
      }),
    ]
  },
})
