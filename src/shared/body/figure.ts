import { Node, mergeAttributes } from '@tiptap/core'
import { FIGURE_NODE, figureAttrs } from '../nodes/figureNode'
import type { FieldSource } from './fieldSource'
import { EMPTY_FIELD_SOURCE } from './fieldSource'
import { recordAttributes } from './recordAttributes'

interface FigureOptions {
  /** Turns an asset id into a displayable URL. @default returns '' */
  source: FieldSource
}

const { name, element, caption, attrs } = FIGURE_NODE

/** A photo with its caption as the node's inline content: `<figure><img><figcaption>`. */
export const Figure = Node.create<FigureOptions>({
  name,
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  defining: true,

  addOptions() {
    return { source: EMPTY_FIELD_SOURCE }
  },

  addAttributes() {
    // Both live on the inner <img>, which renderHTML writes.
    return recordAttributes(attrs, { readFrom: (el) => el.querySelector('img'), rendered: false })
  },

  parseHTML() {
    return [{ tag: `${element.tag}[data-type="${name}"]`, contentElement: caption.tag }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { assetId, alt } = figureAttrs(node.attrs)
    return [
      element.tag,
      mergeAttributes(HTMLAttributes, { 'data-type': name, class: element.className }),
      [
        'img',
        {
          src: this.options.source.assetSrc(assetId),
          [attrs.alt.htmlAttribute]: alt,
          [attrs.assetId.htmlAttribute]: assetId,
          draggable: 'false',
        },
      ],
      [caption.tag, { class: caption.className }, 0],
    ]
  },
})
