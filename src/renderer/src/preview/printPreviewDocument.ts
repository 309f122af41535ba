import { defaultPrintLayout, type PrintLayout } from '@shared/settings/settings'
import { pageCountBound, pageNumberLayers, type BackgroundLayer } from './pageNumberLayers'

/** Grey gap between two sheets in the print preview, in millimetres. */
const SHEET_GAP_MM = 10
/** Reach of the grey cover after the last sheet, in CSS pixels: wider than any frame. */
const COVER_PX = 50000

/**
 * The print-layout preview: the exported page with its print rules applied on screen and its text laid
 * out in A4 pages. Each CSS column is one page's text box (the layout's text width and height); the
 * gap between columns holds the right margin, the grey gap and the next page's left margin, and the
 * white sheets are painted behind them, with the page numbers from page 2 on as further background
 * layers. It runs in a sandboxed frame, so it needs no script.
 */
export function printPreviewDocument(
  pageHtml: string,
  layout: PrintLayout = defaultPrintLayout(),
  zoom = 1,
): string {
  const mm = (v: number) => `${Math.round(v * 100) / 100}mm`
  const textWidth = 210 - layout.marginLeftMm - layout.marginRightMm
  const textHeight = 297 - layout.marginTopMm - layout.marginBottomMm
  const pullPt = Math.max(12, Math.min(24, layout.spaceAfterPt))
  const sheets: BackgroundLayer = {
    image: 'linear-gradient(to right, #fff 0 210mm, transparent 210mm)',
    size: `${mm(210 + SHEET_GAP_MM)} 297mm`,
    repeat: 'repeat-x',
    position: `${mm(SHEET_GAP_MM)} ${mm(SHEET_GAP_MM)}`,
  }
  // Numbers first: the first background layer is painted on top.
  const layers = [
    ...pageNumberLayers(pageCountBound(pageHtml), { gapMm: SHEET_GAP_MM, widthMm: 210 }, layout),
    sheets,
  ]
  const list = (key: keyof BackgroundLayer) => layers.map((layer) => layer[key]).join(',\n    ')
  const css = `
html {
  zoom: ${Math.min(2, Math.max(0.25, zoom))};
  min-height: ${mm(297 + 2 * SHEET_GAP_MM)};
  background-color: #8d939c;
  background-image: ${list('image')};
  background-size: ${list('size')};
  background-repeat: ${list('repeat')};
  background-position: ${list('position')};
}
body { margin: 0; background: transparent; }
.st-report {
  box-sizing: content-box;
  margin: ${mm(SHEET_GAP_MM + layout.marginTopMm)} 0 0 ${mm(SHEET_GAP_MM + layout.marginLeftMm)};
  padding: 0;
  width: ${mm(textWidth)};
  max-width: none;
  height: ${mm(textHeight)};
  column-width: ${mm(textWidth)};
  column-gap: ${mm(layout.marginRightMm + SHEET_GAP_MM + layout.marginLeftMm)};
  column-fill: auto;
}
/* Grey from the last sheet's right edge on: the canvas repeats sheets (and their numbers) across the
   whole frame, and only the sheets with text are pages. A shadow takes no room, so it adds no scrolling. */
.st-report::after {
  content: '';
  display: block;
  height: 0;
  /* Pulled up across the last block's bottom margin (paragraphs, figures, tables: at most ${pullPt}pt):
     after that margin it could start a blank column, and so a blank sheet, of its own. */
  margin-top: -${pullPt}pt;
  box-shadow: calc(${mm(textWidth + layout.marginRightMm)} + ${COVER_PX}px) 0 0 ${COVER_PX}px #8d939c;
}
`
  // The exported CSS keeps print rules under "@media print" and screen-only ones under "@media
  // screen": here the first apply and the second never do.
  return pageHtml
    .replaceAll('@media print', '@media all')
    .replaceAll('@media screen', '@media print')
    .replace('</head>', `<style>${css}</style>\n</head>`)
}
