import { ExternalHyperlink, type ParagraphChild } from 'docx'
import { INLINE_NODE_NAMES, type BlockNodeName, type InlineNodeName } from '../../model/nodeNames'
import type { BodyNode } from '../../model/body'
import { bodyPlainText } from '../../plainText/bodyPlainText'
import { BLOCK_MAPPINGS } from './blockMappings'
import type { BlockContext, DocxBlock, ExportState, MapEnv, RunPiece } from './docxContext'
import { INLINE_MAPPINGS, runStyleFor } from './inlineMappings'
import { styledParagraph } from './paragraphBlock'
import { textRuns } from './textRuns'

const isInline = (node: BodyNode): node is BodyNode & { type: InlineNodeName } =>
  (INLINE_NODE_NAMES as readonly string[]).includes(node.type)

/** Consecutive runs of one link become one hyperlink, so Word shows one link, not several. */
function groupLinks(pieces: readonly RunPiece[]): ParagraphChild[] {
  const out: ParagraphChild[] = []
  let group: ParagraphChild[] = []
  let href: string | null = null
  const flush = () => {
    if (group.length) out.push(...(href ? [new ExternalHyperlink({ link: href, children: group })] : group))
    group = []
  }
  for (const piece of pieces) {
    if (piece.href !== href) {
      flush()
      href = piece.href
    }
    group.push(piece.child)
  }
  flush()
  return out
}

/** Builds the environment every mapping receives; `blocks` and `runs` dispatch through the tables. */
function mapEnv(state: ExportState, ctx: BlockContext): MapEnv {
  const env: MapEnv = {
    state,
    ctx,
    blocks: (nodes, inner) => renderBlocks(nodes ?? [], state, inner),
    runs: (nodes) => {
      const pieces = (nodes ?? []).flatMap((node, i, all) =>
        isInline(node)
          ? INLINE_MAPPINGS[node.type](node, runStyleFor(node.marks, env), env)
          : textRuns(bodyPlainText(state.source).blockInLine(all, i), runStyleFor(undefined, env)),
      )
      return groupLinks(pieces)
    },
  }
  return env
}

/** Maps a list of blocks; stray inline nodes at block level are gathered into paragraphs. */
export function renderBlocks(nodes: readonly BodyNode[], state: ExportState, ctx: BlockContext): DocxBlock[] {
  const env = mapEnv(state, ctx)
  const out: DocxBlock[] = []
  let stray: BodyNode[] = []
  const flush = () => {
    if (stray.length) out.push(styledParagraph(env, ctx.paragraphStyle ?? 'body', env.runs(stray)))
    stray = []
  }
  for (const node of nodes) {
    if (isInline(node)) {
      stray.push(node)
      continue
    }
    flush()
    // Not inline, so one of the block names the table is keyed by.
    out.push(...BLOCK_MAPPINGS[node.type as 'doc' | BlockNodeName](node, env))
  }
  flush()
  return out
}
