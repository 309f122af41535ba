import { Node, mergeAttributes, type Attribute } from '@tiptap/core'
import { FIGURE_NODE, FIGURE_WIDTH, figureAttrs, figureWidth } from '../nodes/figureNode'
import type { FieldSource } from './fieldSource'
import { EMPTY_FIELD_SOURCE } from './fieldSource'
import { recordAttributes } from './recordAttributes'

// TipTap's own element type: src/shared has no DOM types of its own.
type HTMLElementLike = Parameters<NonNullable<Attribute['parseHTML']>>[0]

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
    // All live on the inner <img>, which renderHTML writes.
    const readFrom = (el: HTMLElementLike) => el.querySelector('img')
    return {
      ...recordAttributes({ assetId: attrs.assetId, alt: attrs.alt }, { readFrom, rendered: false }),
      width: {
        default: attrs.width.default,
        parseHTML: (el: HTMLElementLike) =>
          figureWidth(Number(readFrom(el)?.getAttribute(attrs.width.htmlAttribute) ?? NaN)),
        renderHTML: () => ({}),
      },
    }
  },

  parseHTML() {
    return [{ tag: `${element.tag}[data-type="${name}"]`, contentElement: caption.tag }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { assetId, alt, width } = figureAttrs(node.attrs)
    return [
      element.tag,
      mergeAttributes(HTMLAttributes, { 'data-type': name, class: element.className }),
      [
        'img',
        {
          src: this.options.source.assetSrc(assetId),
          [attrs.alt.htmlAttribute]: alt,
          [attrs.assetId.htmlAttribute]: assetId,
          [attrs.width.htmlAttribute]: String(width),
          // The page shows the chosen share of the text width, as both exports print it.
          style: width < FIGURE_WIDTH.max ? `width: ${width}%` : null,
          draggable: 'false',
        },
      ],
      [caption.tag, { class: caption.className }, 0],
    ]
  },
})
