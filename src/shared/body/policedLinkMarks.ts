import type { Mark } from '@tiptap/pm/model'
import { judgeLink } from '../links/linkPolicy'

/**
 * The marks with each link judged by the link policy: dropped when refused, else carrying the
 * normalised target. The same marks (not a copy) when nothing changes, so callers can compare.
 */
export function policedLinkMarks(marks: readonly Mark[]): readonly Mark[] {
  let changed = false
  const out = marks.flatMap((mark) => {
    if (mark.type.name !== 'link') return [mark]
    const raw = typeof mark.attrs.href === 'string' ? mark.attrs.href : ''
    const href = judgeLink(raw).href
    if (href === raw) return [mark]
    changed = true
    return href === null ? [] : [mark.type.create({ ...mark.attrs, href })]
  })
  return changed ? out : marks
}
