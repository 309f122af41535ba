import type { Node as PmNode } from '@tiptap/pm/model'
import { checkPhoto } from '@shared/check/bodyCheckBlocks'
import { FIELD_IN_TEXT, type CheckBlock } from '@shared/check/checkInput'
import type { Asset } from '@shared/model/assets'
import { FIGURE_NODE } from '@shared/nodes/figureNode'

/** The editor's document as the check's text blocks, and where each block's text starts in it. */
interface EditorBlocks {
  blocks: CheckBlock[]
  starts: number[]
}

/**
 * The same blocks `bodyCheckBlocks` makes of a stored draft, read from the live document: every
 * text block in order, a field or other inline atom one character, as it is one position.
 */
export function editorCheckBlocks(doc: PmNode, assets: Readonly<Record<string, Asset>>): EditorBlocks {
  const blocks: CheckBlock[] = []
  const starts: number[] = []
  const walk = (node: PmNode, contentStart: number, inTable: boolean) => {
    node.forEach((child, offset) => {
      const at = contentStart + offset
      if (child.isTextblock) {
        let text = ''
        child.forEach((inline) => {
          text += inline.isText
            ? (inline.text ?? '')
            : inline.type.name === 'hardBreak'
              ? '\n'
              : FIELD_IN_TEXT
        })
        const role = typeof child.attrs.role === 'string' && child.attrs.role ? child.attrs.role : null
        const photo = child.type.name === FIGURE_NODE.name ? checkPhoto(child.attrs, assets) : null
        blocks.push({ text, role, photo, inTable })
        starts.push(at + 1)
      } else if (!child.isLeaf) walk(child, at + 1, inTable || child.type.name === 'table')
    })
  }
  walk(doc, 0, false)
  return { blocks, starts }
}
