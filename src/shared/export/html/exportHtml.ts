import { fieldSourceFor } from '../../body/fieldSource'
import type { PhotoCopies } from '../../images/photoCopy'
import type { Report } from '../../model/report'
import type { PrintLayout } from '../../settings/settings'
import { assertHtmlBudget } from '../draftBudget'
import { deepNfc } from '../../text/normalize'
import { element } from './htmlElement'
import { createImageResolver, type ExportedImage, type ImageMode } from './imageResolver'
import { NODE_HTML } from './nodeMappings'
import { pageMeta } from './pageMeta'
import { pageCss } from './pageStyles'
import { createRenderContext } from './renderContext'
import type { HtmlForm } from './renderTypes'
import { standalonePage } from './standalonePage'

export interface HtmlExportOptions {
  /** `page` (default): a complete `.html` document. `fragment`: the `<article>` alone, for a CMS. */
  form?: HtmlForm
  /** Embedded data URIs (default), or files in a folder beside the page referenced by relative URL. */
  images?: ImageMode
  /** The unit's print layout, so printing the page comes close to the DOCX (default: Decree 30). */
  layout?: PrintLayout
  /**
   * Web copies made beforehand (`webPhotoCopies`, which needs Node's JPEG codec). Without them photos
   * go out at their own size: right for the preview, which the browser scales, not for publishing.
   */
  photoCopies?: PhotoCopies
}

interface HtmlExport {
  html: string
  /** Images to write beside the page; empty when images are embedded. */
  images: ExportedImage[]
  /** Problems the officer should know about (missing photos, dropped links); the HTML is complete. */
  warnings: string[]
  /** The same problems in English, in the same order. */
  warningsEn: string[]
  title: string
}

/**
 * Report → HTML, a pure function: no DOM, no file access. Every string is NFC; text is escaped;
 * elements, attributes, URLs and styles pass allowlists; images come only from the report's assets.
 * Throws `BudgetError` (Vietnamese message) for a report over `DRAFT_BUDGET`.
 */
export function exportHtml(input: Report, options: HtmlExportOptions = {}): HtmlExport {
  // Before any string is built: a report made by editing never went through the draft reader's check.
  assertHtmlBudget(input, (options.images ?? { kind: 'embed' }).kind === 'embed')
  // Photos are base64 (ASCII): normalising their megabytes would change nothing and cost time.
  const report = { ...deepNfc({ ...input, assets: {} }), assets: input.assets }
  const form = options.form ?? 'page'
  const source = fieldSourceFor(report.fields)
  const images = createImageResolver(report.assets, options.images ?? { kind: 'embed' }, options.photoCopies)
  const ctx = createRenderContext(form, source, images)
  const article = element('article', { class: 'st-report', lang: 'vi' }, NODE_HTML.doc(report.body, ctx))
  const meta = pageMeta(report.fields, report.body, ctx.plain)
  const html =
    form === 'page'
      ? standalonePage(article, meta, ctx.firstImageSrc, pageCss(options.layout))
      : `${article}\n`
  return {
    html,
    images: images.files(),
    warnings: [...ctx.warnings],
    warningsEn: [...ctx.warningsEn],
    title: meta.title,
  }
}
