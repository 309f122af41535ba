import type { Said } from '../said'

/** One record of a CSV file and the line of the file it starts on (1-based; quoted newlines span lines). */
interface CsvRecord {
  line: number
  cells: string[]
}

type CsvSeparator = ',' | ';'

type ParsedCsv = { ok: true; records: CsvRecord[]; separator: CsvSeparator } | { ok: false; said: Said }

/**
 * The separator of the file: Excel writes `;` where the system's list separator is one (many European
 * settings), `,` elsewhere. The header line decides: whichever occurs more often outside quotes.
 */
function detectSeparator(text: string): CsvSeparator {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch === ',') commas++
    else if (!quoted && ch === ';') semicolons++
  }
  return semicolons > commas ? ';' : ','
}

const LINE_BREAKS = /\r\n|\r|\n/g

/**
 * RFC 4180 CSV, as Excel and LibreOffice write it: a UTF-8 BOM or none, CRLF, LF or CR line ends,
 * fields in double quotes with `""` for a quote and line breaks inside, `,` or `;` between fields
 * (Excel's `sep=;` first line is honoured). A quote inside an unquoted field is kept as a letter; a
 * closing quote followed by anything but a separator or line end, or a quote never closed, is an error
 * naming the line. One pass over the text, so time and memory follow its length.
 */
export function parseCsv(input: string): ParsedCsv {
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input
  let line = 1
  let separator: CsvSeparator
  const sepLine = /^sep=([,;])(\r\n|\n|\r|$)/.exec(text)
  if (sepLine) {
    separator = sepLine[1] as CsvSeparator
    text = text.slice(sepLine[0].length)
    line = 2
  } else {
    separator = detectSeparator(text)
  }

  const records: CsvRecord[] = []
  // Cells are cut out by slices, not built a letter at a time: a 2 MB file reads in tens of ms.
  const unquoted = new RegExp(`[^${separator}\\r\\n]*`, 'y')
  let cells: string[] = []
  let recordLine = line
  let i = 0
  for (;;) {
    let cell: string
    if (text[i] === '"') {
      // A quoted cell: up to the quote that is not doubled, line breaks and separators included.
      const startLine = line
      cell = ''
      let from = i + 1
      for (;;) {
        const quote = text.indexOf('"', from)
        if (quote < 0) {
          return {
            ok: false,
            said: {
              vi: `Dòng ${startLine}: dấu ngoặc kép mở mà không đóng, nên không đọc được phần còn lại của tệp.`,
              en: `Line ${startLine}: a double quote is opened and never closed, so the rest of the file cannot be read.`,
            },
          }
        }
        const chunk = text.slice(from, quote)
        cell += chunk
        line += chunk.match(LINE_BREAKS)?.length ?? 0
        if (text[quote + 1] === '"') {
          cell += '"'
          from = quote + 2
          continue
        }
        i = quote + 1
        break
      }
      const next = text[i]
      if (next !== undefined && next !== separator && next !== '\r' && next !== '\n') {
        return {
          ok: false,
          said: {
            vi: `Dòng ${line}: sau dấu ngoặc kép đóng một ô lại có chữ; ô có dấu ngoặc kép phải viết nó hai lần ("").`,
            en: `Line ${line}: text follows the double quote that closes a cell; a quote inside a cell is written twice ("").`,
          },
        }
      }
    } else {
      // An unquoted cell: up to the separator or line end; a quote inside it is a letter.
      unquoted.lastIndex = i
      cell = unquoted.exec(text)?.[0] ?? ''
      i += cell.length
    }
    cells.push(cell)
    const end = text[i]
    if (end === separator) {
      i++
      continue
    }
    records.push({ line: recordLine, cells })
    cells = []
    if (end === undefined) break
    i += end === '\r' && text[i + 1] === '\n' ? 2 : 1
    line++
    recordLine = line
    if (i >= text.length) break
  }
  return { ok: true, records, separator }
}
