import type { StyleKey } from '../export/docx/docxStyles'
import type { NodeAttribute, NodeElement } from './nodeRecord'

interface FigureAttrs {
  /** The report asset the photo shows; images never come from anywhere else. */
  assetId: string
  alt: string
}

/** A photo with its caption as the node's inline content: `<figure><img><figcaption>`. */
export const FIGURE_NODE = {
  name: 'figure',
  element: { tag: 'figure', className: 'st-figure' },
  caption: { tag: 'figcaption', className: 'st-caption' },
  docxStyle: 'figure',
  captionStyle: 'caption',
  attrs: {
    assetId: { default: '', htmlAttribute: 'data-asset-id' },
    alt: { default: '', htmlAttribute: 'alt' },
  },
} as const satisfies {
  name: string
  element: NodeElement<'figure'>
  caption: NodeElement<'figcaption'>
  docxStyle: StyleKey
  captionStyle: StyleKey
  attrs: { [K in keyof FigureAttrs]: NodeAttribute<FigureAttrs[K]> }
}

/** A figure's asset id and alt text; anything but a string counts as absent. */
export function figureAttrs(attrs: Readonly<Record<string, unknown>> | undefined): FigureAttrs {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  return { assetId: text(attrs?.assetId), alt: text(attrs?.alt) }
}
