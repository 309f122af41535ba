import type { BodyNode } from '../../model/body'
import type { BlockContext, DocxBlock, MapEnv } from './docxContext'

function depthOf(ctx: BlockContext): number {
  return ctx.marker ? ctx.marker.level + 1 : ctx.listLevel === null ? 0 : ctx.listLevel + 1
}

/** A bullet or numbered list; each numbered list is a list of its own in Word, counting from 1. */
export function listBlocks(node: BodyNode, env: MapEnv): DocxBlock[] {
  const { ctx, state } = env
  const level = Math.min(depthOf(ctx), 8)
  const definition =
    node.type === 'orderedList'
      ? state.numbering.ordered(node.attrs?.type, node.attrs?.start)
      : state.numbering.bullet()
  return (node.content ?? []).flatMap((item) => {
    const children = item.type === 'listItem' ? (item.content ?? []) : [item]
    const [first, ...rest] = children
    if (!first) return []
    const style =
      ctx.paragraphStyle === 'table' || ctx.paragraphStyle === 'tableHeader' ? ctx.paragraphStyle : 'list'
    const base: BlockContext = { ...ctx, paragraphStyle: style, marker: null, listLevel: level }
    return [...env.blocks([first], { ...base, marker: { definition, level } }), ...env.blocks(rest, base)]
  })
}
