/** The narrowest and widest column the editor may store, in CSS px. */
const MIN_COLUMN_WIDTH = 20
const MAX_COLUMN_WIDTH = 2000

/**
 * One stored column width as whole px from 20 to 2000, or null (no width: the column shares the rest).
 * A hostile or damaged draft (-5, 0, 1e9, "100", NaN) can neither hide a column nor make a table
 * thousands of pages wide.
 */
export function saneColumnWidth(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  const px = Math.round(value)
  return px >= MIN_COLUMN_WIDTH && px <= MAX_COLUMN_WIDTH ? px : null
}

const CELL_TYPES: ReadonlySet<string> = new Set(['tableCell', 'tableHeader'])

/** A cell's `colwidth` with every width sane; null when it is not a list or holds no usable width. */
function saneColwidthList(value: unknown): (number | null)[] | null {
  if (!Array.isArray(value)) return null
  const widths = value.map(saneColumnWidth)
  return widths.some((w) => w !== null) ? widths : null
}

/** A table cell whose `colwidth` is fixed as above; any other node is returned as it is. */
export function saneColwidth<T extends { type: string; attrs?: Record<string, unknown> }>(node: T): T {
  if (!CELL_TYPES.has(node.type) || !node.attrs || !Object.hasOwn(node.attrs, 'colwidth')) return node
  const before = node.attrs.colwidth
  const after = saneColwidthList(before)
  const same =
    after === before ||
    (Array.isArray(before) &&
      after !== null &&
      after.length === before.length &&
      after.every((w, i) => w === before[i]))
  return same ? node : { ...node, attrs: { ...node.attrs, colwidth: after } }
}
