import { cssFontName } from '@shared/export/html/pageStyles'
import { defaultPrintLayout, type PrintLayout } from '@shared/settings/settings'

/** Most page numbers the print preview draws; a report longer than this shows no number after it. */
export const MAX_PREVIEW_PAGE_NUMBERS = 500

/** One background layer of the print preview: an image, where it goes and how it repeats. */
export interface BackgroundLayer {
  image: string
  position: string
  size: string
  repeat: string
}

/** Where the sheets are drawn: the grey gap around them and the sheets' size, in millimetres. */
interface SheetGeometry {
  gapMm: number
  widthMm: number
}

const mm = (v: number) => `${Math.round(v * 100) / 100}mm`
/** Millimetres as points: the SVG's user unit is the point, so its font size reads as in Word. */
const pt = (v: number) => Math.round((v * 7200) / 25.4) / 100

/**
 * A page count no report can exceed, read from the page's markup (embedded photos left out): a full
 * A4 page holds at least ~1,000 characters of text, 12 blocks (paragraphs, items, rows, headings at the
 * largest size and spacing the settings allow) or 20 line breaks, and at most one photo fills it.
 * Too many numbers cost nothing visible (they fall beyond the last sheet); too few would be missed.
 */
export function pageCountBound(pageHtml: string): number {
  const start = pageHtml.indexOf('<article')
  const article = (start >= 0 ? pageHtml.slice(start) : pageHtml).replace(/data:[^"')\s]*/g, '')
  const count = (pattern: RegExp) => article.match(pattern)?.length ?? 0
  const text = article.replace(/<[^>]*>/g, '').length
  const blocks = count(/<(p|h[1-6]|li|tr|hr|blockquote|figure)[\s>]/g)
  const bound =
    2 + Math.ceil(text / 1000) + Math.ceil(blocks / 12) + Math.ceil(count(/<br>/g) / 20) + count(/<img\s/g)
  return Math.min(MAX_PREVIEW_PAGE_NUMBERS, bound)
}

/**
 * Page numbers for the print preview as background layers, one small SVG per sheet from page 2 on,
 * centred on the text width in the top margin like the DOCX header. Backgrounds take no room, so the
 * numbers never push the layout or add sheets, and they need no script inside the sandboxed frame.
 */
export function pageNumberLayers(
  pages: number,
  sheets: SheetGeometry,
  layout: PrintLayout = defaultPrintLayout(),
): BackgroundLayer[] {
  if (!layout.pageNumbers) return []
  const boxWidth = 30
  const size = Math.max(10, layout.bodySizePt - 1)
  const centre = layout.marginLeftMm + (sheets.widthMm - layout.marginLeftMm - layout.marginRightMm) / 2
  const font = `${cssFontName(layout.fontFamily)}, 'Liberation Serif', Tinos, serif`
  const layers: BackgroundLayer[] = []
  for (let page = 2; page <= Math.min(pages, MAX_PREVIEW_PAGE_NUMBERS); page++) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${pt(boxWidth)} ${pt(layout.marginTopMm)}">` +
      `<text x="50%" y="50%" text-anchor="middle" dominant-baseline="central" fill="#000" ` +
      `font-family="${font.replaceAll('"', '')}" font-size="${size}">${page}</text></svg>`
    const left = sheets.gapMm + (page - 1) * (sheets.widthMm + sheets.gapMm) + centre - boxWidth / 2
    layers.push({
      image: `url("data:image/svg+xml,${encodeURIComponent(svg)}")`,
      position: `${mm(left)} ${mm(sheets.gapMm)}`,
      // A size in CSS lengths, so the preview's zoom scales the number with the sheet.
      size: `${mm(boxWidth)} ${mm(layout.marginTopMm)}`,
      repeat: 'no-repeat',
    })
  }
  return layers
}
