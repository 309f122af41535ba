import { BYLINE_NODE } from '../../nodes/bylineNode'
import { THEME_HEADER_NODE } from '../../nodes/themeHeaderNode'
import { defaultPrintLayout, type PrintLayout } from '../../settings/settings'

const THEME = `.${THEME_HEADER_NODE.element.className}`
const BYLINE = `.${BYLINE_NODE.element.className}`

const FALLBACK_FONTS = "Times, 'Liberation Serif', Tinos, 'Noto Serif', serif"

/** The settings' font name quoted for CSS, or Times New Roman when it holds anything but a plain name. */
export function cssFontName(name: string): string {
  const trimmed = name.trim()
  return /^[\p{L}\p{N} _-]{1,64}$/u.test(trimmed) ? `'${trimmed}'` : "'Times New Roman'"
}

/** A number from settings, bounded, written with at most two decimals. */
function n(value: number, min: number, max: number, fallback: number): string {
  const v = Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback
  return String(Math.round(v * 100) / 100)
}

/**
 * The standalone page's CSS, from the same print layout as the DOCX export. On screen: a readable
 * column in the print typeface. In print: A4 with the layout's margins, font, size, first-line indent,
 * spacing and line height, styled like the DOCX's named styles, photos kept with their captions,
 * page numbers centred in the top margin from page 2 (when the layout has them).
 * The CMS fragment carries none of this: the portal's own CSS styles it.
 */
export function pageCss(layout: PrintLayout = defaultPrintLayout()): string {
  const d = defaultPrintLayout()
  const size = n(layout.bodySizePt, 10, 16, d.bodySizePt)
  const small = n(layout.bodySizePt - 1, 10, 16, d.bodySizePt - 1)
  const title = n(layout.bodySizePt + 2, 12, 18, d.bodySizePt + 2)
  const indent = n(layout.firstLineIndentCm, 0, 3, d.firstLineIndentCm)
  const after = n(layout.spaceAfterPt, 0, 24, d.spaceAfterPt)
  const line = n(layout.lineSpacing, 1, 1.5, d.lineSpacing)
  const margins = [layout.marginTopMm, layout.marginRightMm, layout.marginBottomMm, layout.marginLeftMm]
    .map((mm) => `${n(mm, 5, 60, 20)}mm`)
    .join(' ')
  const textWidth = n(210 - layout.marginLeftMm - layout.marginRightMm, 90, 200, 165)
  const fontName = cssFontName(layout.fontFamily)
  // Page numbers as in the DOCX: centred in the top margin, from page 2 on.
  const pageNumbers = layout.pageNumbers
    ? `
  @top-center { content: counter(page); font-family: ${fontName}, ${FALLBACK_FONTS}; font-size: ${small}pt; }
}
@page :first {
  @top-center { content: none; }
}`
    : '\n}'
  return `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #000; }
.st-report {
  font-family: ${fontName}, ${FALLBACK_FONTS};
  font-size: ${size}pt; line-height: ${line}; max-width: ${textWidth}mm; margin: 0 auto; padding: 12mm 8mm 20mm;
  text-align: justify; overflow-wrap: break-word;
}
.st-report p { margin: 0 0 ${after}pt; text-indent: ${indent}cm; }
.st-report .st-masthead { margin-bottom: 12pt; }
.st-report ${THEME} { font-size: ${small}pt; font-weight: bold; font-style: italic; text-indent: 0; margin-bottom: 12pt; }
.st-report h1 { font-size: ${title}pt; font-weight: bold; text-align: center; margin: 6pt 0 12pt; }
.st-report h2, .st-report h3, .st-report h4 { font-size: ${size}pt; margin: 6pt 0 ${after}pt; text-align: left; }
.st-report h3 { font-style: italic; }
.st-report h4 { font-weight: normal; font-style: italic; }
.st-report .st-lead { font-weight: bold; }
.st-report figure { margin: 6pt auto 12pt; text-align: center; }
.st-report figure img { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.st-report figcaption { margin-top: 3pt; font-size: ${small}pt; }
.st-report .st-missing-image {
  text-indent: 0; text-align: center; padding: 24pt 6pt; border: 1px dashed #808080; background: #f2f2f2;
  color: #404040; font-style: italic;
}
.st-report ${BYLINE} { font-weight: bold; text-indent: 0; margin-top: 12pt; }
.st-report ul, .st-report ol { margin: 0 0 ${after}pt; padding-left: ${indent}cm; }
.st-report li > p, .st-report td p, .st-report th p { text-indent: 0; }
.st-report blockquote { margin: 0 ${indent}cm ${after}pt; font-style: italic; }
.st-report blockquote p { text-indent: 0; }
.st-report table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; text-align: left; font-size: ${small}pt; line-height: 1.15; }
.st-report th, .st-report td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.st-report th { text-align: center; font-weight: bold; }
.st-report a { color: #0b4ea2; }
@media screen {
  .st-report ${THEME} { color: #b3261e; }
}
@media screen and (max-width: 640px) {
  .st-report { font-size: 12pt; padding: 6mm 4mm; }
  .st-report p { text-indent: 0; }
}
@page {
  size: A4 portrait; margin: ${margins};${pageNumbers}
@media print {
  .st-report { max-width: none; margin: 0; padding: 0; }
  .st-report a { color: inherit; text-decoration: none; }
  .st-report figure, .st-report tr, .st-report li { break-inside: avoid; }
  .st-report h1, .st-report h2, .st-report h3, .st-report h4, .st-report ${THEME} { break-after: avoid; }
  .st-report figure img { max-height: 150mm; width: auto; }
  .st-report thead { display: table-header-group; }
}
`.trim()
}
