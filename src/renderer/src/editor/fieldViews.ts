import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView, NodeView } from '@tiptap/pm/view'
import type { FieldSource } from '@shared/body/fieldSource'
import { fieldSourceFor } from '@shared/body/fieldSource'
import { FIELD_LABELS, isFieldName } from '@shared/fields/fieldNames'
import { FIELD_KEY_OF_NAME } from '@shared/templates/fieldKeys'
import { TEMPLATE_FIELD_LABELS } from '@shared/templates/requiredFields'
import type { TemplateFieldKey } from '@shared/templates/templateSchema'
import { FieldViewRegistry } from './fieldViewRegistry'
import type { FieldStore } from '@shared/templates/fieldStore'

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

/** What a node shows: a cache key (same key, same text) and how to read it from the fields. */
interface ViewText {
  key(node: PmNode): string
  read(node: PmNode, source: FieldSource): string[]
}

/**
 * Plain-DOM node view for a node whose text comes from the fields. It touches the DOM only when its
 * own text changes, so typing in the body costs nothing here and a panel edit costs one cached
 * lookup and one string comparison per field on the page.
 */
class FieldNodeView implements NodeView {
  dom: HTMLElement
  private last: string | null = null

  constructor(
    private node: PmNode,
    private readonly registry: FieldViewRegistry,
    private readonly label: string,
    private readonly text: ViewText,
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
    this.dom.title = `${label} — ${HINT}`
    this.dom.dataset.placeholder = label
    if (node.type.name === 'field') this.dom.dataset.field = String(node.attrs.name)
    else this.dom.dataset.block = node.type.name
    this.render()
    registry.add(this)
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

  render(): void {
    const node = this.node
    const lines = this.registry.lines(this.text.key(node), (source) => this.text.read(node, source))
    const joined = lines.join('\n')
    if (joined === this.last) return
    const wasEmpty = this.last === ''
    this.last = joined
    this.dom.setAttribute('aria-label', `${this.label}: ${joined || 'chưa điền'}`)
    if (node.type.name === 'bridgePoints') {
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
    if (wasEmpty !== (joined === '')) this.dom.classList.toggle('is-empty', joined === '')
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
    this.registry.remove(this)
  }
}

type ViewSpec = { tag: string; className: string; label: string; text: ViewText }

const fieldText = (name: 'themeHeader' | 'title' | 'byline'): ViewText => ({
  key: () => name,
  read: (_n, s) => [s.fieldText(name)],
})

const BLOCK_VIEWS: Record<string, ViewSpec> = {
  themeHeader: {
    tag: 'p',
    className: 'st-themeHeader',
    label: TEMPLATE_FIELD_LABELS.themeHeader,
    text: fieldText('themeHeader'),
  },
  reportTitle: {
    tag: 'h1',
    className: 'st-reportTitle',
    label: TEMPLATE_FIELD_LABELS.title,
    text: fieldText('title'),
  },
  byline: {
    tag: 'p',
    className: 'st-byline',
    label: TEMPLATE_FIELD_LABELS.byline,
    text: fieldText('byline'),
  },
  bridgePoints: {
    tag: 'div',
    className: 'st-bridgePoints',
    label: TEMPLATE_FIELD_LABELS.bridgePoints,
    text: {
      key: (n) =>
        `bridgePoints\u0001${String(n.attrs.pattern ?? '')}\u0001${String(n.attrs.patternNoChair ?? '')}`,
      read: (n, s) =>
        s.bridgePointSentences(String(n.attrs.pattern ?? ''), String(n.attrs.patternNoChair ?? '')),
    },
  },
}

/** An inline `field` node: the text of the field it names. */
const INLINE_FIELD_TEXT: ViewText = {
  key: (n) => `field\u0001${String(n.attrs.name)}`,
  read: (n, s) => [isFieldName(n.attrs.name) ? s.fieldText(n.attrs.name) : ''],
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
    // One registry per editor: one store subscription for all its field views.
    const registry = new FieldViewRegistry(store)
    const fieldView: ViewFactory = (node, view, getPos) => {
      const name = node.attrs.name
      const label = isFieldName(name) ? FIELD_LABELS[name] : String(name)
      return new FieldNodeView(
        node,
        registry,
        label,
        INLINE_FIELD_TEXT,
        'span',
        'st-field',
        view,
        getPos,
        edit(node),
      )
    }
    const nodeViews: Record<string, ViewFactory> = { field: fieldView }
    for (const [type, spec] of Object.entries(BLOCK_VIEWS)) {
      nodeViews[type] = (node, view, getPos) =>
        new FieldNodeView(
          node,
          registry,
          spec.label,
          spec.text,
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
