import type { MarkName } from '../../model/nodeNames'
import type { BodyMark } from '../../model/body'
import { judgeLink } from '../../links/linkPolicy'
import { refusedLinkMessage } from '../../links/refusedLinkMessage'
import type { MarkMappings } from './renderTypes'

/** Report marks to HTML elements: semantic emphasis, and links only when their target is safe. */
export const MARK_HTML: MarkMappings = {
  bold: () => ({ tag: 'strong' }),
  italic: () => ({ tag: 'em' }),
  underline: () => ({ tag: 'u' }),
  strike: () => ({ tag: 's' }),
  link: (mark, ctx) => {
    const raw = typeof mark.attrs?.href === 'string' ? mark.attrs.href : ''
    const href = judgeLink(raw).href
    if (!href) {
      ctx.warn(refusedLinkMessage(raw))
      return null
    }
    return { tag: 'a', attrs: { href, rel: 'noopener noreferrer' } }
  },
}

/** Nesting order, outermost first, so runs sharing marks share one element. */
export const MARK_RANK: Readonly<Record<MarkName, number>> = {
  link: 0,
  bold: 1,
  italic: 2,
  underline: 3,
  strike: 4,
}

/** Same mark for the purpose of merging runs: same type and, for links, the same target. */
export function sameMark(a: BodyMark, b: BodyMark): boolean {
  return a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href)
}
