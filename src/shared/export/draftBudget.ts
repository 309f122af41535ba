import type { Asset } from '../model/assets'
import type { BodyNode } from '../model/body'
import type { Report } from '../model/report'
import { MAX_SPAN, tableGrid } from './tableGrid'
import { enNumber, SaidError, type Said } from '../text/said'
import { viNumber } from '../text/vietnameseNumber'

const MB = 1024 * 1024

/**
 * What one draft may cost, so a small hostile file is refused in seconds instead of exhausting memory.
 * Measured (bench/hostile.ts): the reference report ×10 uses under a tenth of each, and the largest
 * realistic reports (tests/helpers/largeReport.ts ×10) under a quarter.
 */
export const DRAFT_BUDGET = {
  /** Word's own limit; both outputs lay a table on one grid, so it is the limit for both. */
  tableColumns: MAX_SPAN,
  /**
   * Rows × columns of one table: every slot becomes a cell, filled or empty, in both outputs, and a
   * DOCX cell costs about 9 KB to build (50,000 cells: 13 s, 630 MB).
   */
  tableSlots: 20_000,
  /** Cells in all tables of a draft (the reference report ×10 has 1,000). */
  draftCells: 30_000,
  /** JSON objects in a draft file, counted before parsing: parsing costs about 500 bytes and 9 µs each. */
  draftObjects: 400_000,
  /** Nodes of the body: each costs a few kilobytes in an export and in the editor. */
  draftNodes: 100_000,
  /** The HTML page, photos embedded as data URIs (one copy per figure) included. */
  htmlBytes: 256 * MB,
  /** What the DOCX build works through: each figure's photo (hashed again per figure), plus the XML. */
  docxBytes: 512 * MB,
} as const

/** A draft over one of {@link DRAFT_BUDGET}'s limits; the message names the part. */
export class BudgetError extends SaidError {
  constructor(said: Said) {
    super(said.vi, said.en)
    this.name = 'BudgetError'
  }
}

const megabytes = (bytes: number) => viNumber(Math.round(bytes / MB))
const megabytesEn = (bytes: number) => enNumber(Math.round(bytes / MB))

interface BodyCensus {
  nodes: number
  /** Characters of text, attributes' strings included (they reach the output as alt text, links). */
  chars: number
  tables: BodyNode[]
  /** Asset id → how many figures show it. */
  figures: Map<string, number>
}

/** One pass over the body, without recursion: a deep body must not overflow the stack here. */
function census(body: BodyNode): BodyCensus {
  const result: BodyCensus = { nodes: 0, chars: 0, tables: [], figures: new Map() }
  const stack: BodyNode[] = [body]
  for (let node = stack.pop(); node; node = stack.pop()) {
    result.nodes++
    result.chars += node.text?.length ?? 0
    for (const value of Object.values(node.attrs ?? {}))
      if (typeof value === 'string') result.chars += value.length
    if (node.type === 'table') result.tables.push(node)
    const assetId = node.attrs?.assetId
    if (node.type === 'figure' && typeof assetId === 'string')
      result.figures.set(assetId, (result.figures.get(assetId) ?? 0) + 1)
    const content = node.content ?? []
    // Reversed, so tables are numbered in reading order.
    for (let i = content.length - 1; i >= 0; i--) stack.push(content[i] as BodyNode)
  }
  return result
}

const cellsOf = (table: BodyNode) =>
  (table.content ?? []).reduce((n, row) => n + (row.type === 'tableRow' ? (row.content?.length ?? 0) : 1), 0)

/** The first limit the draft's body breaks (nodes, cells, a table's columns or slots), or null. */
function bodyProblem(found: BodyCensus): Said | null {
  const B = DRAFT_BUDGET
  if (found.nodes > B.draftNodes)
    return {
      vi: `Bản thảo có ${viNumber(found.nodes)} thành phần (đoạn, chữ, ô bảng…); tối đa ${viNumber(B.draftNodes)}.`,
      en: `The draft has ${enNumber(found.nodes)} parts (paragraphs, text, table cells…); at most ${enNumber(B.draftNodes)}.`,
    }
  const cells = found.tables.map(cellsOf)
  const total = cells.reduce((a, b) => a + b, 0)
  if (total > B.draftCells)
    return {
      vi: `Các bảng trong bản thảo có tổng cộng ${viNumber(total)} ô; tối đa ${viNumber(B.draftCells)} ô.`,
      en: `The draft's tables have ${enNumber(total)} cells in all; at most ${enNumber(B.draftCells)}.`,
    }
  for (const [i, table] of found.tables.entries()) {
    const name = `Bảng ${viNumber(i + 1)}`
    const nameEn = `Table ${enNumber(i + 1)}`
    // Counted before the grid is laid out: the layout's cost grows with the cells.
    const count = cells[i] ?? 0
    if (count > B.tableSlots)
      return {
        vi: `${name} có ${viNumber(count)} ô; tối đa ${viNumber(B.tableSlots)} ô một bảng.`,
        en: `${nameEn} has ${enNumber(count)} cells; at most ${enNumber(B.tableSlots)} cells per table.`,
      }
    const grid = tableGrid(table)
    if (grid.columns > B.tableColumns)
      return {
        vi: `${name} có ${viNumber(grid.columns)} cột; tối đa ${viNumber(B.tableColumns)} cột (giới hạn của Word).`,
        en: `${nameEn} has ${enNumber(grid.columns)} columns; at most ${enNumber(B.tableColumns)} (Word's limit).`,
      }
    const slots = grid.columns * grid.rows.length
    if (slots > B.tableSlots)
      return {
        vi: `${name} có ${viNumber(grid.rows.length)} dòng × ${viNumber(grid.columns)} cột = ${viNumber(slots)} ô; tối đa ${viNumber(B.tableSlots)} ô một bảng.`,
        en: `${nameEn} has ${enNumber(grid.rows.length)} rows × ${enNumber(grid.columns)} columns = ${enNumber(slots)} cells; at most ${enNumber(B.tableSlots)} cells per table.`,
      }
  }
  return null
}

/**
 * The first budget a draft breaks, as a Vietnamese sentence, or null: what reading a draft checks, so
 * neither the editor nor an export ever receives a table or a body over budget.
 */
export function draftBudgetProblem(report: Report): Said | null {
  return bodyProblem(census(report.body))
}

/** Decoded size of a base64 string, without decoding it. */
const decodedBytes = (base64: string) => Math.floor((base64.length * 3) / 4)

/** Rough markup per node and per character of text: generous, only absurd sizes are refused. */
const HTML_PER_NODE = 80
const DOCX_PER_NODE = 400

interface Heaviest {
  asset: Asset
  uses: number
  bytes: number
}

/** The photo costing most over all its figures, `perUse` bytes each time it is shown. */
function heaviest(report: Report, figures: Map<string, number>, perUse: (a: Asset) => number) {
  let total = 0
  let top: Heaviest | null = null
  for (const [id, uses] of figures) {
    const asset = Object.hasOwn(report.assets, id) ? report.assets[id] : undefined
    if (!asset) continue
    const bytes = perUse(asset) * uses
    total += bytes
    if (!top || bytes > top.bytes) top = { asset, uses, bytes }
  }
  return { total, top }
}

const reuse = (top: Heaviest | null, verb: string) =>
  top && top.uses > 1 ? `: ảnh "${top.asset.name}" được ${verb} ở ${viNumber(top.uses)} hình` : ''
const reuseEn = (top: Heaviest | null, verb: string) =>
  top && top.uses > 1 ? `: the photo "${top.asset.name}" is ${verb} in ${enNumber(top.uses)} figures` : ''

/** Throws {@link BudgetError} when the draft's body is over budget. */
function assertBody(report: Report): BodyCensus {
  const found = census(report.body)
  const problem = bodyProblem(found)
  if (problem) throw new BudgetError(problem)
  return found
}

/** The formats whose output size is estimated: an HTML page with photos embedded or beside it, a DOCX. */
type OutputKind = 'html-embedded' | 'html-files' | 'docx'

function outputCost(report: Report, found: BodyCensus, kind: OutputKind) {
  if (kind === 'docx') {
    // The photo's bytes are held once, but the docx package hashes them again for every figure (its
    // media key): 300 figures of a 1 MB photo take about 10 s, so the work grows with photo × uses.
    const images = heaviest(report, found.figures, (a) => decodedBytes(a.data))
    return { images, estimate: images.total + found.chars * 3 + found.nodes * DOCX_PER_NODE }
  }
  // Embedded, every figure carries its photo's data URI: a photo shown 300 times is in the page 300 times.
  const images =
    kind === 'html-embedded'
      ? heaviest(report, found.figures, (a) => a.data.length + 40)
      : { total: 0, top: null }
  // The first figure's photo is also the page's og:image.
  const [firstId] = found.figures.keys()
  const first = kind === 'html-embedded' && firstId ? (report.assets[firstId]?.data.length ?? 0) : 0
  return { images, estimate: images.total + first + found.chars * 2 + found.nodes * HTML_PER_NODE }
}

/** The estimated size of one output of the report, in bytes (what the checks below compare). */
export function estimatedOutputBytes(report: Report, kind: OutputKind): number {
  return outputCost(report, census(report.body), kind).estimate
}

/** Before an HTML export builds a string: the body's budgets, then the page's estimated size. */
export function assertHtmlBudget(report: Report, embed: boolean): void {
  const found = assertBody(report)
  const { images, estimate } = outputCost(report, found, embed ? 'html-embedded' : 'html-files')
  if (estimate <= DRAFT_BUDGET.htmlBytes) return
  const photos = images.total > estimate / 2
  const hint = photos
    ? '; hãy xuất với ảnh thành tệp riêng (ô "Ảnh thành tệp riêng" trong ứng dụng, --images-dir ở dòng lệnh)'
    : ''
  const hintEn = photos
    ? '; export with the photos as separate files ("Images as separate files" in the app, --images-dir on the command line)'
    : ''
  throw new BudgetError({
    vi: `Trang HTML sẽ nặng khoảng ${megabytes(estimate)} MB (tối đa ${megabytes(DRAFT_BUDGET.htmlBytes)} MB)${reuse(images.top, 'nhúng lại')}${hint}.`,
    en: `The HTML page would weigh about ${megabytesEn(estimate)} MB (at most ${megabytesEn(DRAFT_BUDGET.htmlBytes)} MB)${reuseEn(images.top, 'embedded again')}${hintEn}.`,
  })
}

/** Before a DOCX export builds anything: the body's budgets, then what the build would hold. */
export function assertDocxBudget(report: Report): void {
  const found = assertBody(report)
  const { images, estimate } = outputCost(report, found, 'docx')
  if (estimate <= DRAFT_BUDGET.docxBytes) return
  const photos = images.total > estimate / 2
  const hint = photos ? '; hãy bớt số hình dùng chung một ảnh hoặc dùng ảnh nhỏ hơn' : ''
  const hintEn = photos ? '; use fewer figures sharing one photo, or smaller photos' : ''
  throw new BudgetError({
    vi: `Bản DOCX cần xử lý khoảng ${megabytes(estimate)} MB ảnh và chữ (tối đa ${megabytes(DRAFT_BUDGET.docxBytes)} MB)${reuse(images.top, 'dùng lại')}${hint}.`,
    en: `The DOCX would need to work through about ${megabytesEn(estimate)} MB of photos and text (at most ${megabytesEn(DRAFT_BUDGET.docxBytes)} MB)${reuseEn(images.top, 'used again')}${hintEn}.`,
  })
}
