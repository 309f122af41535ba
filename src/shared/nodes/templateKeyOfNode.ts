import type { TemplateFieldKey } from '../templates/templateSchema'
import { FIELD_SHOWING_BLOCKS, isFieldShowingBlock } from './customNodes'
import { FIELD_NODE, fieldNameOf } from './fieldNode'
import type { NodeLike } from './nodeRecord'

/** The template field a node shows (a template must declare it to place the node), or null. */
export function templateKeyOfNode(node: NodeLike): TemplateFieldKey | null {
  if (node.type === FIELD_NODE.name) {
    const name = fieldNameOf(node.attrs)
    return name ? FIELD_NODE.templateKeyOf[name] : null
  }
  return isFieldShowingBlock(node.type) ? FIELD_SHOWING_BLOCKS[node.type].templateKey : null
}
