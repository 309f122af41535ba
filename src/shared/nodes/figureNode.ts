import type { StyleKey } from '../export/docx/docxStyles'
import type { NodeAttribute, NodeElement } from './nodeRecord'

interface FigureAttrs {
  /** The report asset the photo shows; images never come from anywhere else. */
  assetId: string
  alt: string
  /** Shown width as a percent of the text width, an integer from 10 to 100. */
  width: number
}

export const FIGURE_WIDTH = { min: 10, max: 100, default: 100 } as const

/** A stored width made safe: a number rounded and held to 10–100, anything else the full width. */
export function figureWidth(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return FIGURE_WIDTH.default
  return Math.min(FIGURE_WIDTH.max, Math.max(FIGURE_WIDTH.min, Math.round(value)))
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
    width: { default: FIGURE_WIDTH.default, htmlAttribute: 'data-width' },
  },
} as const satisfies {
  name: string
  element: NodeElement<'figure'>
  caption: NodeElement<'figcaption'>
  docxStyle: StyleKey
  captionStyle: StyleKey
  attrs: { [K in keyof FigureAttrs]: NodeAttribute<FigureAttrs[K]> }
}

/** A figure's asset id, alt text and width; anything of the wrong kind counts as absent. */
export function figureAttrs(attrs: Readonly<Record<string, unknown>> | undefined): FigureAttrs {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  return { assetId: text(attrs?.assetId), alt: text(attrs?.alt), width: figureWidth(attrs?.width) }
}
