import type { FieldSource } from '../body/fieldSource'
import { bridgePointsAttrs } from './bridgePointsNode'
import { FIELD_BLOCK_NODES, isFieldShowingBlock } from './customNodes'
import { FIELD_NODE, fieldNameOf } from './fieldNode'
import type { NodeLike } from './nodeRecord'

/**
 * What a node whose text comes from the fields shows, one string per line (a bridge point per
 * sentence); null for every other node. The editor's views, the exporters and the text walkers
 * read field nodes through this.
 */
export function shownLines(node: NodeLike, source: FieldSource): string[] | null {
  if (node.type === FIELD_NODE.name) {
    const name = fieldNameOf(node.attrs)
    return [name ? source.fieldText(name) : '']
  }
  if (!isFieldShowingBlock(node.type)) return null
  if (node.type === 'bridgePoints') {
    const { pattern, patternNoChair } = bridgePointsAttrs(node.attrs)
    return source.bridgePointSentences(pattern, patternNoChair)
  }
  return [source.fieldText(FIELD_BLOCK_NODES[node.type].field)]
}
