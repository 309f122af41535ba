import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView, NodeView } from '@tiptap/pm/view'
import type { FieldSource } from '@shared/body/fieldSource'
import { fieldSourceFor } from '@shared/body/fieldSource'
import { FIELD_SHOWING_BLOCKS } from '@shared/nodes/customNodes'
import { FIELD_NODE } from '@shared/nodes/fieldNode'
import { templateKeyOfNode } from '@shared/nodes/templateKeyOfNode'
import type { FieldStore } from '@shared/templates/fieldStore'
import type { TemplateFieldKey } from '@shared/templates/templateSchema'
import { fieldViewSpec, type FieldViewSpec, type FieldViewTexts } from './fieldViewSpec'
import { FieldViewRegistry } from './fieldViewRegistry'
import { fieldViewTexts } from './fieldViewTexts'
import { vi } from '../i18n/vi'

interface FieldViewsOptions {
  store: FieldStore | null
  /** Enter or double-click on a field: the panel focuses the field's input. */
  onEditField: (key: TemplateFieldKey) => void
  /** Labels and hints in the interface's language, read when a view is made or relabelled. */
  texts: () => FieldViewTexts
  /** Calls back when `texts` would change (the language was switched); returns the unsubscribe. */
  onTextsChange: (listener: () => void) => () => void
}

/** A field source that always reads the store's current fields (copy, plain text, exports from the editor). */
export function liveFieldSource(store: FieldStore, assetSrc: (id: string) => string): FieldSource {
  return {
    fieldText: (name) => fieldSourceFor(store.get()).fieldText(name),
    bridgePointSentences: (pattern, noChair) =>
      fieldSourceFor(store.get()).bridgePointSentences(pattern, noChair),
    captionCredit: () => fieldSourceFor(store.get()).captionCredit(),
    assetSrc,
  }
}

/** The structured field a node shows, or null for ordinary nodes. */
const fieldKeyOfNode = (node: PmNode): TemplateFieldKey | null =>
  templateKeyOfNode({ type: node.type.name, attrs: node.attrs })

/**
 * Plain-DOM node view for a node whose text comes from the fields. It touches the DOM only when its
 * own text changes, so typing in the body costs nothing here and a panel edit costs one cached
 * lookup and one string comparison per field on the page.
 */
class FieldNodeView implements NodeView {
  dom: HTMLElement
  private last: string | null = null
  private spec: FieldViewSpec
  private texts: FieldViewTexts

  constructor(
    private node: PmNode,
    private readonly registry: FieldViewRegistry,
    private readonly describe: () => { spec: FieldViewSpec; texts: FieldViewTexts },
    view: EditorView,
    getPos: () => number | undefined,
    onEdit: () => void,
  ) {
    const described = describe()
    this.spec = described.spec
    this.texts = described.texts
    this.dom = document.createElement(this.spec.element.tag)
    this.dom.className = `${this.spec.element.className} st-fieldview`
    this.dom.contentEditable = 'false'
    this.dom.tabIndex = -1
    this.dom.setAttribute('role', 'button')
    if (node.type.name === FIELD_NODE.name)
      this.dom.setAttribute(FIELD_NODE.attrs.name.htmlAttribute, String(node.attrs.name))
    else this.dom.dataset.block = node.type.name
    this.label()
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

  /** Takes the labels of the interface's current language. */
  relabel(): void {
    const described = this.describe()
    this.spec = described.spec
    this.texts = described.texts
    this.label()
    this.readOut()
  }

  private label(): void {
    this.dom.setAttribute('aria-roledescription', this.texts.roleDescription)
    this.dom.title = this.spec.title
    this.dom.dataset.placeholder = this.spec.label
  }

  private readOut(): void {
    this.dom.setAttribute('aria-label', `${this.spec.label}: ${this.last || this.texts.empty}`)
  }

  render(): void {
    const { spec } = this
    const lines = this.registry.lines(spec.key, spec.read)
    const joined = lines.join('\n')
    if (joined === this.last) return
    const wasEmpty = this.last === ''
    this.last = joined
    this.readOut()
    const line = spec.line
    if (line) {
      this.dom.replaceChildren(
        ...lines.map((text) => {
          const p = document.createElement(line.tag)
          p.className = line.className
          p.textContent = text
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

function selectedFieldKey(view: EditorView): TemplateFieldKey | null {
  const { selection } = view.state
  return selection instanceof NodeSelection ? fieldKeyOfNode(selection.node) : null
}

/**
 * Shows fields live in the editor: node views for the `field` node and every field-showing block,
 * following the field store. A selected field opens in the panel with Enter or a
 * double click.
 */
export const FieldViews = Extension.create<FieldViewsOptions>({
  name: 'fieldViews',

  addOptions() {
    return {
      store: null,
      onEditField: () => undefined,
      texts: () => fieldViewTexts(vi),
      onTextsChange: () => () => undefined,
    }
  },

  addProseMirrorPlugins() {
    const { store, onEditField, texts, onTextsChange } = this.options
    if (!store) return []
    const edit = (node: PmNode) => () => {
      const key = fieldKeyOfNode(node)
      if (key) onEditField(key)
    }
    type ViewFactory = (node: PmNode, view: EditorView, getPos: () => number | undefined) => NodeView
    // One registry per editor: one store subscription for all its field views.
    const registry = new FieldViewRegistry(store, onTextsChange)
    const nodeViews: Record<string, ViewFactory> = {}
    for (const type of [FIELD_NODE.name, ...Object.keys(FIELD_SHOWING_BLOCKS)]) {
      nodeViews[type] = (node, view, getPos) => {
        const describe = () => {
          const current = texts()
          const spec = fieldViewSpec({ type: node.type.name, attrs: node.attrs }, current)
          // Unreachable: every type listed here has a view.
          if (!spec) throw new Error(`no field view for ${node.type.name}`)
          return { spec, texts: current }
        }
        return new FieldNodeView(node, registry, describe, view, getPos, edit(node))
      }
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
