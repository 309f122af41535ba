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

/** Sheets numbered by one SVG: each SVG image is a document of its own (about 3 ms to set up). */
export const PAGES_PER_LAYER = 10

/**
 * Page numbers for the print preview as background layers from page 2 on, centred on the text width
 * in the top margin like the DOCX header; one SVG strip numbers ten sheets side by side, so a 200-page
 * report costs 20 images, not 200. Backgrounds take no room, so the numbers never push the layout or
 * add sheets, and they need no script inside the sandboxed frame.
 */
export function pageNumberLayers(
  pages: number,
  sheets: SheetGeometry,
  layout: PrintLayout = defaultPrintLayout(),
): BackgroundLayer[] {
  if (!layout.pageNumbers) return []
  const pitch = sheets.widthMm + sheets.gapMm
  const size = Math.max(10, layout.bodySizePt - 1)
  const centre = layout.marginLeftMm + (sheets.widthMm - layout.marginLeftMm - layout.marginRightMm) / 2
  const font = `${cssFontName(layout.fontFamily)}, 'Liberation Serif', Tinos, serif`.replaceAll('"', '')
  const last = Math.min(pages, MAX_PREVIEW_PAGE_NUMBERS)
  const layers: BackgroundLayer[] = []
  for (let first = 2; first <= last; first += PAGES_PER_LAYER) {
    const count = Math.min(PAGES_PER_LAYER, last - first + 1)
    let texts = ''
    for (let i = 0; i < count; i++) {
      texts +=
        `<text x="${pt(i * pitch + centre)}" y="50%" text-anchor="middle" dominant-baseline="central" ` +
        `fill="#000" font-family="${font}" font-size="${size}">${first + i}</text>`
    }
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${pt(count * pitch)} ${pt(layout.marginTopMm)}">` +
      `${texts}</svg>`
    layers.push({
      image: `url("data:image/svg+xml,${encodeURIComponent(svg)}")`,
      position: `${mm(sheets.gapMm + (first - 1) * pitch)} ${mm(sheets.gapMm)}`,
      // A size in CSS lengths, so the preview's zoom scales the numbers with the sheets.
      size: `${mm(count * pitch)} ${mm(layout.marginTopMm)}`,
      repeat: 'no-repeat',
    })
  }
  return layers
}
