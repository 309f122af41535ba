import type { IRunOptions, NumberingDefinition, Paragraph, ParagraphChild, Table } from 'docx'
import type { FieldSource } from '../../body/fieldSource'
import type { PhotoCopies } from '../../images/photoCopy'
import type { Asset } from '../../model/assets'
import type { BodyNode } from '../../model/body'
import type { PrintLayout } from '../../settings/settings'
import type { StyleKey } from './docxStyles'
import type { DocxWarning } from './docxWarning'
import type { ListNumbering } from './listNumbering'
import type { PageGeometry } from './pageGeometry'

/** What a block becomes in Word: paragraphs and tables. */
export type DocxBlock = Paragraph | Table

/** State shared by the whole export: the report's facts and images, the page, and what went wrong. */
export interface ExportState {
  source: FieldSource
  assets: Readonly<Record<string, Asset>>
  layout: PrintLayout
  page: PageGeometry
  numbering: ListNumbering
  warnings: DocxWarning[]
  /** Figures seen so far, to name a broken one in a warning ("ảnh thứ 3"). */
  figureCount: number
  /** Print copies of large photos (about 300 dpi), by asset id; the others go in as checked. */
  photoCopies: PhotoCopies
}

/** Where a block sits: it decides the paragraph style, the list marker and the width available. */
export interface BlockContext {
  /** Style for plain paragraphs here; null means the body styles chosen by the paragraph's role. */
  paragraphStyle: StyleKey | null
  /** Width available for images and nested tables, in twips. */
  width: number
  /** The list marker the next paragraph carries (the first paragraph of a list item). */
  marker: { definition: NumberingDefinition; level: number } | null
  /** List depth of the enclosing item, for paragraphs after its first (indented, unnumbered). */
  listLevel: number | null
  /** Alignment a table cell gives its paragraphs when they have none of their own. */
  cellAlign: string | null
}

/** Run formatting accumulated from marks, plus the link the run is in, if any. */
export interface RunStyle {
  run: Omit<IRunOptions, 'text' | 'children' | 'break'>
  href: string | null
}

/** A run with the link it belongs to; consecutive runs of one link become one hyperlink. */
export interface RunPiece {
  child: ParagraphChild
  href: string | null
}

/** What each mapping receives: the shared state, its context, and how to map its children. */
export interface MapEnv {
  state: ExportState
  ctx: BlockContext
  blocks(nodes: readonly BodyNode[] | undefined, ctx: BlockContext): DocxBlock[]
  runs(nodes: readonly BodyNode[] | undefined): ParagraphChild[]
}

export type BlockMapper = (node: BodyNode, env: MapEnv) => DocxBlock[]
export type InlineMapper = (node: BodyNode, style: RunStyle, env: MapEnv) => RunPiece[]
