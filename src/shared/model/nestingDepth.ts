/**
 * Deepest nesting of arrays and objects a draft or an IPC payload may have. A real report nests a
 * few dozen levels (each list level is two nodes, each node an object and its content array); this
 * leaves room for ~250 nested lists while staying far below where the recursive schema check and the
 * exporters overflow the stack (measured: fine at 2,400 levels, overflowing at 4,000).
 */
export const MAX_NESTING_DEPTH = 1000

/**
 * Deepest nesting a draft file may have: below the IPC limit by the request's own wrapping, so every
 * draft that opens can also be saved, backed up and exported through IPC.
 */
export const MAX_DRAFT_NESTING_DEPTH = MAX_NESTING_DEPTH - 10

/** The refusal for a value nested deeper than `MAX_NESTING_DEPTH`, in the officer's language. */
export const TOO_DEEP_MESSAGE =
  'Nội dung lồng nhau quá sâu (danh sách trong danh sách quá nhiều cấp): không xử lý được.'
/** {@link TOO_DEEP_MESSAGE} in the English interface. */
export const TOO_DEEP_MESSAGE_EN =
  'The content is nested too deeply (too many levels of lists in lists) to be handled.'

/**
 * True when `value` nests arrays and objects deeper than `max`. Walks without recursion, so a hostile
 * value cannot overflow the stack here; stops as soon as the limit is passed.
 */
export function nestsDeeperThan(value: unknown, max: number = MAX_NESTING_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (current === null || typeof current !== 'object') continue
    if (depth + 1 > max) return true
    const children = Array.isArray(current) ? current : Object.values(current)
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
    }
  }
  return false
}
