import { FIGURE_NODE, figureWidth } from '../nodes/figureNode'

/**
 * A photo's width held to a whole 10–100 % of the text width: a hostile or damaged draft (width 0,
 * -5, 1e9, "50") cannot make a photo vanish or spill off the page; anything but a number means full width.
 */
export function saneFigureWidth<T extends { type: string; attrs?: Record<string, unknown> }>(node: T): T {
  if (node.type !== FIGURE_NODE.name || !node.attrs || !Object.hasOwn(node.attrs, 'width')) return node
  const width = figureWidth(node.attrs.width)
  return width === node.attrs.width ? node : { ...node, attrs: { ...node.attrs, width } }
}
