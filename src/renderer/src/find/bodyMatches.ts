import type { Node as PmNode } from '@tiptap/pm/model'
import {
  createMatcher,
  foldForFind,
  MAX_MATCHES,
  type FindOptions,
  type FoldedText,
  type TextMatch,
} from '@shared/text/findMatches'

/** A match in the body as document positions; it may span text nodes with different marks. */
export interface BodyMatch {
  from: number
  to: number
}

/** Stands for an inline node that is not text (a field, a line break), one position wide like it. */
const INLINE_LEAF = '\uFFFC'

/** A textblock's text with one character per document position, so offsets map straight to positions. */
function blockText(block: PmNode): string {
  let text = ''
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : INLINE_LEAF.repeat(child.nodeSize)
  })
  return text
}

// Documents share unchanged nodes between versions, so after an edit only the edited paragraph is
// searched again, and while the query is typed each paragraph is folded once per case/tone setting.
interface BlockCache {
  folded: Map<number, FoldedText>
  key: string
  matches: TextMatch[]
}
const cache = new WeakMap<PmNode, BlockCache>()

/** Every match in the document's textblocks (paragraphs, headings, cells, captions), in order. */
export function bodyMatches(
  doc: PmNode,
  query: string,
  options: FindOptions,
  limit: number = MAX_MATCHES,
): BodyMatch[] {
  const out: BodyMatch[] = []
  // The stand-in for fields is no text: a query holding it must not match a field.
  query = query.replaceAll(INLINE_LEAF, '')
  if (!query) return out
  const foldId = (options.matchCase ? 1 : 0) | (options.ignoreTones ? 2 : 0)
  const key = `${foldId}${options.wholeWord ? 1 : 0}${query}`
  const matcher = createMatcher(query, options)
  doc.descendants((node, pos) => {
    if (out.length >= limit) return false
    if (!node.isTextblock) return true
    let entry = cache.get(node)
    if (!entry) {
      entry = { folded: new Map(), key: '', matches: [] }
      cache.set(node, entry)
    }
    if (entry.key !== key) {
      let folded = entry.folded.get(foldId)
      if (!folded) {
        folded = foldForFind(blockText(node), options)
        entry.folded.set(foldId, folded)
      }
      entry.matches = matcher.inFolded(folded)
      entry.key = key
    }
    const start = pos + 1
    for (const m of entry.matches) {
      if (out.length >= limit) break
      out.push({ from: start + m.from, to: start + m.to })
    }
    return false
  })
  return out
}
