import { toNfc } from '../text/normalize'

/** Where a recurring title ends and the week's own headline starts: "Giao ban tuần: Đẩy nhanh …". */
const HEADLINE_SEPARATORS = [': ', ' – ', ' — ', ' - '] as const

/**
 * The part of a title that repeats from one meeting to the next. The template's own default title is
 * kept whole when the title starts with it (the officer may have added this week's subject after it);
 * otherwise the part before the first separator; a title with neither is taken as wholly recurring,
 * since only the officer knows which words were this week's.
 */
export function recurringTitle(title: string, templateTitle?: string): string {
  const text = toNfc(title).trim()
  const base = toNfc(templateTitle ?? '').trim()
  if (base && text.toLocaleLowerCase('vi').startsWith(base.toLocaleLowerCase('vi'))) {
    return text.slice(0, base.length)
  }
  const cut = HEADLINE_SEPARATORS.map((s) => text.indexOf(s))
    .filter((i) => i > 0)
    .reduce((a, b) => Math.min(a, b), Infinity)
  return cut === Infinity ? text : text.slice(0, cut).trim()
}
