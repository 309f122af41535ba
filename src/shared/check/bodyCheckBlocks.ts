import type { Asset } from '../model/assets'
import type { BodyNode } from '../model/body'
import { figureAttrs, FIGURE_NODE } from '../nodes/figureNode'
import { FIELD_IN_TEXT, type CheckBlock, type CheckPhoto } from './checkInput'

/** The node types whose content is a line of text: the editor's text blocks. */
const TEXT_BLOCKS = new Set<string>(['paragraph', 'heading', FIGURE_NODE.name])

/** What the check knows of a figure's photo from the draft's assets. */
export function checkPhoto(
  attrs: Readonly<Record<string, unknown>>,
  assets: Readonly<Record<string, Asset>>,
): CheckPhoto {
  const { assetId, alt, width } = figureAttrs(attrs)
  const asset = Object.hasOwn(assets, assetId) ? assets[assetId] : undefined
  return {
    alt,
    width,
    pixelWidth: asset?.width ?? null,
    pixelHeight: asset?.height ?? null,
    // Base64 holds three bytes in every four characters.
    bytes: asset ? Math.floor((asset.data.length * 3) / 4) : 0,
    mime: asset?.mime ?? '',
  }
}

function inlineText(nodes: readonly BodyNode[] | undefined): string {
  let text = ''
  for (const node of nodes ?? []) {
    if (node.type === 'text') text += node.text ?? ''
    else if (node.type === 'hardBreak') text += '\n'
    else text += FIELD_IN_TEXT
  }
  return text
}

/** The body of a stored draft as the check's text blocks, in the order the editor holds them. */
export function bodyCheckBlocks(body: BodyNode, assets: Readonly<Record<string, Asset>>): CheckBlock[] {
  const blocks: CheckBlock[] = []
  const walk = (node: BodyNode, inTable: boolean) => {
    if (TEXT_BLOCKS.has(node.type)) {
      const photo = node.type === FIGURE_NODE.name ? checkPhoto(node.attrs ?? {}, assets) : null
      const role = typeof node.attrs?.role === 'string' && node.attrs.role ? node.attrs.role : null
      blocks.push({ text: inlineText(node.content), role, photo, inTable })
      return
    }
    for (const child of node.content ?? []) walk(child, inTable || node.type === 'table')
  }
  walk(body, false)
  return blocks
}
