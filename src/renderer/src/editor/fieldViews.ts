import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView, NodeView } from '@tiptap/pm/view'
import type { FieldSource } from '../../../shared/body/fieldSource'
import { fieldSourceFor } from '../../../shared/body/fieldSource'
import { FIELD_LABELS, isFieldName } from '../../../shared/fields/fieldNames'
import { FIELD_KEY_OF_NAME } from '../../../shared/templates/fieldKeys'
import { TEMPLATE_FIELD_LABELS } from '../../../shared/templates/requiredFields'
import type { TemplateFieldKey } from '../../../shared/templates/templateSchema'
import type { FieldStore } from './fieldViewsStore'

export interface FieldViewsOptions {
  store: FieldStore | null
  /** Enter or double-click on a field: the panel focuses the field's input. */
  onEditField: (key: TemplateFieldKey) => void
}

/** A field source that always reads the store's current fields (copy, plain text, exports from the editor). */
export function liveFieldSource(store: FieldStore, assetSrc: (id: string) => string): FieldSource {
  return {
    fieldText: (name) => fieldSourceFor(store.get()).fieldText(name),
    bridgePointSentences: (pattern, noChair) =>
      fieldSourceFor(store.get()).bridgePointSentences(pattern, noChair),
    assetSrc,
  }
}

/** The structured field a node shows, or null for ordinary nodes. */
export function fieldKeyOfNode(node: PmNode): TemplateFieldKey | null {
  switch (node.type.name) {
    case 'field':
      return isFieldName(node.attrs.name) ? FIELD_KEY_OF_NAME[node.attrs.name] : null
    case 'themeHeader':
      return 'themeHeader'
    case 'reportTitle':
      return 'title'
    case 'byline':
      return 'byline'
    case 'bridgePoints':
      return 'bridgePoints'
    default:
      return null
  }
}

const HINT = 'Enter để sửa trong bảng thông tin'

/**
 * Plain-DOM node view for a node whose text comes from the fields. It subscribes to the store and
 * touches the DOM only when its own text changes, so typing in the body costs nothing here and a
 * panel edit costs one string comparison per field on the page.
 */
class FieldNodeView implements NodeView {
  dom: HTMLElement
  private last = ''
  private readonly unsubscribe: () => void

  constructor(
    private node: PmNode,
    private readonly store: FieldStore,
    private readonly label: string,
    private readonly read: (node: PmNode, source: FieldSource) => string[],
    tag: string,
    className: string,
    view: EditorView,
    getPos: () => number | undefined,
    onEdit: () => void,
  ) {
    this.dom = document.createElement(tag)
    this.dom.className = `${className} st-fieldview`
    this.dom.contentEditable = 'false'
    this.dom.tabIndex = -1
    this.dom.setAttribute('role', 'button')
    this.dom.setAttribute('aria-roledescription', 'trường dữ liệu')
    this.dom.dataset.placeholder = label
    if (node.type.name === 'field') this.dom.dataset.field = String(node.attrs.name)
    else this.dom.dataset.block = node.type.name
    this.render()
    this.unsubscribe = store.subscribe(() => this.render())
    // A click selects the whole field (ProseMirror alone misses clicks on the text inside it);
    // a double click opens it in the panel.
    this.dom.addEventListener('mousedown', (event) => {
      if (event.button !== 0) return
      event.preventDefault()
      const pos = getPos()
      if (typeof pos !== 'number') return
      view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)))
      view.focus()
      if (event.detail === 2) onEdit()
    })
  }

  private render(): void {
    const lines = this.read(this.node, fieldSourceFor(this.store.get()))
    const joined = lines.join('\n')
    if (joined === this.last && this.dom.hasAttribute('aria-label')) return
    this.last = joined
    this.dom.setAttribute('aria-label', `${this.label}: ${joined || 'chưa điền'}`)
    this.dom.title = `${this.label} — ${HINT}`
    if (this.node.type.name === 'bridgePoints') {
      this.dom.replaceChildren(
        ...lines.map((line) => {
          const p = document.createElement('p')
          p.className = 'st-bridgePoint'
          p.textContent = line
          return p
        }),
      )
    } else {
      this.dom.textContent = joined
    }
    this.dom.classList.toggle('is-empty', joined === '')
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false
    const same = Object.keys(node.attrs).every((k) => node.attrs[k] === this.node.attrs[k])
    if (!same) return false
    this.node = node
    return true
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode')
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode')
  }

  stopEvent(event: Event): boolean {
    return event.type === 'mousedown'
  }

  ignoreMutation(): boolean {
    return true
  }

  destroy(): void {
    this.unsubscribe()
  }
}

type ViewSpec = {
  tag: string
  className: string
  label: string
  read: (n: PmNode, s: FieldSource) => string[]
}

const BLOCK_VIEWS: Record<string, ViewSpec> = {
  themeHeader: {
    tag: 'p',
    className: 'st-themeHeader',
    label: TEMPLATE_FIELD_LABELS.themeHeader,
    read: (_n, s) => [s.fieldText('themeHeader')],
  },
  reportTitle: {
    tag: 'h1',
    className: 'st-reportTitle',
    label: TEMPLATE_FIELD_LABELS.title,
    read: (_n, s) => [s.fieldText('title')],
  },
  byline: {
    tag: 'p',
    className: 'st-byline',
    label: TEMPLATE_FIELD_LABELS.byline,
    read: (_n, s) => [s.fieldText('byline')],
  },
  bridgePoints: {
    tag: 'div',
    className: 'st-bridgePoints',
    label: TEMPLATE_FIELD_LABELS.bridgePoints,
    read: (n, s) =>
      s.bridgePointSentences(String(n.attrs.pattern ?? ''), String(n.attrs.patternNoChair ?? '')),
  },
}

function selectedFieldKey(view: EditorView): TemplateFieldKey | null {
  const { selection } = view.state
  return selection instanceof NodeSelection ? fieldKeyOfNode(selection.node) : null
}

/**
 * Shows fields live in the editor: node views for `field`, `themeHeader`, `reportTitle`, `byline` and
 * `bridgePoints` that follow the field store. A selected field opens in the panel with Enter or a
 * double click.
 */
export const FieldViews = Extension.create<FieldViewsOptions>({
  name: 'fieldViews',

  addOptions() {
    return { store: null, onEditField: () => undefined }
  },

  addProseMirrorPlugins() {
    const { store, onEditField } = this.options
    if (!store) return []
    const edit = (node: PmNode) => () => {
      const key = fieldKeyOfNode(node)
      if (key) onEditField(key)
    }
    type ViewFactory = (node: PmNode, view: EditorView, getPos: () => number | undefined) => NodeView
    const fieldView: ViewFactory = (node, view, getPos) => {
      const name = node.attrs.name
      const label = isFieldName(name) ? FIELD_LABELS[name] : String(name)
      const read = (n: PmNode, s: FieldSource) => [isFieldName(n.attrs.name) ? s.fieldText(n.attrs.name) : '']
      return new FieldNodeView(node, store, label, read, 'span', 'st-field', view, getPos, edit(node))
    }
    const nodeViews: Record<string, ViewFactory> = { field: fieldView }
    for (const [type, spec] of Object.entries(BLOCK_VIEWS)) {
      nodeViews[type] = (node, view, getPos) =>
        new FieldNodeView(
          node,
          store,
          spec.label,
          spec.read,
          spec.tag,
          spec.className,
          view,
          getPos,
          edit(node),
        )
    }
    return [
      new Plugin({
        key: new PluginKey('fieldViews'),
        props: {
          nodeViews,
          handleKeyDown(view, event) {
            if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey)
              return false
            const key = selectedFieldKey(view)
            if (!key) return false
            event.preventDefault()
            onEditField(key)
            return true
          },
        },
      }),
    ]
  },
})
