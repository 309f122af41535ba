import { Node, mergeAttributes } from '@tiptap/core'
import type { FieldSource } from './fieldSource'
import { EMPTY_FIELD_SOURCE } from './fieldSource'

export interface FigureOptions {
  /** Turns an asset id into a displayable URL. @default returns '' */
  source: FieldSource
}

/** A photo with its caption as the node's inline content: `<figure><img><figcaption>`. */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  defining: true,

  addOptions() {
    return { source: EMPTY_FIELD_SOURCE }
  },

  addAttributes() {
    return {
      assetId: {
        default: '',
        parseHTML: (el) => el.querySelector('img')?.getAttribute('data-asset-id') ?? '',
        renderHTML: () => ({}),
      },
      alt: {
        default: '',
        parseHTML: (el) => el.querySelector('img')?.getAttribute('alt') ?? '',
        renderHTML: () => ({}),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'figure[data-type="figure"]', contentElement: 'figcaption' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const assetId = String(node.attrs.assetId ?? '')
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { 'data-type': 'figure', class: 'st-figure' }),
      [
        'img',
        {
          src: this.options.source.assetSrc(assetId),
          alt: String(node.attrs.alt ?? ''),
          'data-asset-id': assetId,
          draggable: 'false',
        },
      ],
      ['figcaption', { class: 'st-caption' }, 0],
    ]
  },
})
