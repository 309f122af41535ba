import type { Said } from '../../text/said'
import type { FieldSource } from '../../body/fieldSource'
import type { MarkName, NodeName } from '../../model/nodeNames'
import type { BodyMark, BodyNode } from '../../model/body'
import type { Attributes, Html, HtmlTag } from './htmlElement'
import type { ImageResolver } from './imageResolver'

/** A standalone `.html` page, or the `<article>` alone for pasting into a portal's CMS. */
export type HtmlForm = 'page' | 'fragment'

/** What every mapping may use while rendering one report. */
export interface RenderContext {
  readonly form: HtmlForm
  readonly source: FieldSource
  readonly images: ImageResolver
  /** Records a problem the officer should see (in both languages); the export still completes. */
  warn(said: Said): void
  /** Renders nodes where blocks belong; stray inline nodes are gathered into paragraphs. */
  blocks(nodes: readonly BodyNode[] | undefined): Html
  /** Renders an inline run with its marks; stray blocks are reduced to their text. */
  inline(nodes: readonly BodyNode[] | undefined): Html
  /** The visible text of nodes (fields resolved, hard breaks as "\n"), cleaned for export. */
  plain(nodes: readonly BodyNode[] | undefined): string
  /** Numbers figures in document order, for warnings the officer can locate. */
  nextFigureNumber(): number
  /** The first published image's source, for Open Graph. */
  firstImageSrc: string | null
  /** Level of the last heading written (0 before any), so the next never skips a level. */
  headingLevel: number
}

/** Renders one node (without its marks) to HTML. */
export type NodeToHtml = (node: BodyNode, ctx: RenderContext) => Html

/** A mark's wrapping element, or null when the mark must be dropped (an unsafe link). */
export type MarkToHtml = (mark: BodyMark, ctx: RenderContext) => { tag: HtmlTag; attrs?: Attributes } | null

/** One entry per node name: adding a node to the schema without a mapping is a compile error. */
export type NodeMappings = { readonly [K in NodeName]: NodeToHtml }

/** One entry per mark name, same guarantee. */
export type MarkMappings = { readonly [K in MarkName]: MarkToHtml }
