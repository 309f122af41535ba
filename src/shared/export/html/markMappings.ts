import type { MarkName } from '../../model/nodeNames'
import type { BodyMark } from '../../model/body'
import { safeLinkHref } from './safeUrl'
import type { MarkMappings } from './renderTypes'

/** Report marks to HTML elements: semantic emphasis, and links only when their target is safe. */
export const MARK_HTML: MarkMappings = {
  bold: () => ({ tag: 'strong' }),
  italic: () => ({ tag: 'em' }),
  underline: () => ({ tag: 'u' }),
  strike: () => ({ tag: 's' }),
  link: (mark, ctx) => {
    const raw = typeof mark.attrs?.href === 'string' ? mark.attrs.href : ''
    const href = safeLinkHref(raw)
    if (!href) {
      const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw
      ctx.warn(
        `Đã bỏ một liên kết không an toàn hoặc không hợp lệ ("${shown}"); chữ của liên kết vẫn giữ nguyên.`,
      )
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
