import { defaultPrintLayout, type PrintLayout } from '../../../shared/settings/settings'

/** Grey gap between two sheets in the print preview, in millimetres. */
const SHEET_GAP_MM = 10

/**
 * The print-layout preview: the exported page with its print rules applied on screen and its text laid
 * out in A4 pages. Each CSS column is one page's text box (the layout's text width and height); the
 * gap between columns holds the right margin, the grey gap and the next page's left margin, and the
 * white sheets are painted behind them. It runs in a sandboxed frame, so it needs no script.
 */
export function printPreviewDocument(
  pageHtml: string,
  layout: PrintLayout = defaultPrintLayout(),
  zoom = 1,
): string {
  const mm = (v: number) => `${Math.round(v * 100) / 100}mm`
  const textWidth = 210 - layout.marginLeftMm - layout.marginRightMm
  const textHeight = 297 - layout.marginTopMm - layout.marginBottomMm
  const css = `
html {
  zoom: ${Math.min(2, Math.max(0.25, zoom))};
  min-height: ${mm(297 + 2 * SHEET_GAP_MM)};
  background-color: #8d939c;
  background-image: linear-gradient(to right, #fff 0 210mm, transparent 210mm);
  background-size: ${mm(210 + SHEET_GAP_MM)} 297mm;
  background-repeat: repeat-x;
  background-position: ${mm(SHEET_GAP_MM)} ${mm(SHEET_GAP_MM)};
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
`
  // The exported CSS keeps print rules under "@media print" and screen-only ones under "@media
  // screen": here the first apply and the second never do.
  return pageHtml
    .replaceAll('@media print', '@media all')
    .replaceAll('@media screen', '@media print')
    .replace('</head>', `<style>${css}</style>\n</head>`)
}
