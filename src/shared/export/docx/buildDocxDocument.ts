import { Document, NumberFormat, Paragraph } from 'docx'
import { fieldSourceFor } from '../../body/fieldSource'
import type { Report } from '../../model/report'
import { defaultPrintLayout, type PrintLayout } from '../../settings/settings'
import { deepNfc, toNfc } from '../../text/normalize'
import { assertDocxBudget } from '../draftBudget'
import { corePropertiesFor, corePropertiesXml, type DocxCoreProperties } from './coreProperties'
import type { BlockContext, DocxBlock, ExportState } from './docxContext'
import { docxStyles, STYLE_IDS } from './docxStyles'
import type { DocxWarning } from './docxWarning'
import { ListNumbering } from './listNumbering'
import { pageGeometry } from './pageGeometry'
import { pageNumberHeaders } from './pageNumberHeaders'
import { renderBlocks } from './renderBody'
import type { PhotoCopies } from '../../images/photoCopy'

export interface DocxBuildOptions {
  /** The unit's print layout; the Decree 30 defaults when left out. */
  layout?: PrintLayout
  /** Called after each top-level block, for a progress bar on long reports. */
  onProgress?: (done: number, total: number) => void
  /** Print copies made beforehand (`printPhotoCopies`, which needs the JPEG codec of Node). */
  photoCopies?: PhotoCopies
}

/** A built, not yet packed, Word document: tests inspect it, `packDocx` zips it. */
export interface BuiltDocx {
  document: Document
  core: DocxCoreProperties
  /** Package parts written in place of docx's own (`docProps/core.xml`). */
  overrides: Array<{ path: string; data: string }>
  warnings: DocxWarning[]
}

/**
 * Turns a report into a Word document for print: named styles, the unit's page layout, page numbers
 * from page 2, photos from the draft's own assets. Never throws on content: a broken photo or an odd
 * node becomes a placeholder or plain text plus a warning. A report over `DRAFT_BUDGET` throws
 * `BudgetError` before anything is built.
 */
export function buildDocxDocument(input: Report, options: DocxBuildOptions = {}): BuiltDocx {
  const steps = buildDocxSteps(input, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The build one top-level block at a time: it yields after each block, so a caller can pause between
 * blocks (`buildDocxDocumentAsync`) and keep its event loop, and a progress bar, alive on long reports.
 */
export function* buildDocxSteps(input: Report, options: DocxBuildOptions = {}): Generator<void, BuiltDocx> {
  // Before anything is built: a report made by editing never went through the draft reader's check.
  assertDocxBudget(input)
  // Photos' base64 is ASCII: normalising megabytes of it would only cost time.
  const report: Report = {
    ...input,
    fields: deepNfc(input.fields),
    body: deepNfc(input.body),
    assets: Object.fromEntries(
      Object.entries(input.assets).map(([id, a]) => [toNfc(id), { ...a, name: toNfc(a.name) }]),
    ),
  }
  const layout = options.layout ?? defaultPrintLayout()
  const page = pageGeometry(layout)
  const state: ExportState = {
    source: fieldSourceFor(report.fields),
    assets: report.assets,
    layout,
    page,
    numbering: new ListNumbering(layout.fontFamily),
    warnings: [],
    figureCount: 0,
    photoCopies: options.photoCopies ?? new Map(),
  }
  const top: BlockContext = {
    paragraphStyle: null,
    width: page.textWidth,
    marker: null,
    listLevel: null,
    cellAlign: null,
  }
  const blocks = report.body.content ?? []
  const children: DocxBlock[] = []
  for (let i = 0; i < blocks.length; i++) {
    children.push(...renderBlocks([blocks[i]!], state, top))
    options.onProgress?.(i + 1, blocks.length)
    yield
  }
  if (children.length === 0) children.push(new Paragraph({ style: STYLE_IDS.body }))
  const core = corePropertiesFor(report)
  const document = new Document({
    title: core.title,
    subject: core.subject,
    creator: core.creator,
    lastModifiedBy: core.creator,
    styles: docxStyles(layout),
    numbering: { config: [] },
    // A justified line that ends in a manual line break is not stretched across the page.
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.pageWidth, height: page.pageHeight, orientation: 'portrait' },
            margin: {
              top: page.marginTop,
              bottom: page.marginBottom,
              left: page.marginLeft,
              right: page.marginRight,
              header: page.header,
              footer: page.footer,
              gutter: 0,
            },
            pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL },
          },
          titlePage: layout.pageNumbers,
        },
        ...(layout.pageNumbers ? { headers: pageNumberHeaders() } : {}),
        children,
      },
    ],
  })
  return {
    document,
    core,
    overrides: [{ path: 'docProps/core.xml', data: corePropertiesXml(core) }],
    warnings: state.warnings,
  }
}
