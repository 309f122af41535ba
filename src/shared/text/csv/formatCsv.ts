// A cell starting with one of these is a formula to Excel; an apostrophe in front makes it text.
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell, quoted when it holds a separator, a quote or a line break (RFC 4180), quotes doubled. */
function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Rows as a CSV file Excel opens as UTF-8 without asking: a byte order mark, `,` between cells, CRLF
 * after every row. Cells Excel would run as formulas are prefixed with an apostrophe, which
 * `unescapeCsvCell` takes off again on import.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('')
}

/** A cell as `formatCsv` escaped it, back to its text. */
export function unescapeCsvCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}
