import type { PrintLayout } from '../../settings/settings'
import { A4_TWIPS, mmToTwips } from './units'

/** The page box a print layout gives, in twips. */
export interface PageGeometry {
  pageWidth: number
  pageHeight: number
  marginTop: number
  marginBottom: number
  marginLeft: number
  marginRight: number
  /** Distance from the page's top edge to the page-number header, inside the top margin. */
  header: number
  footer: number
  textWidth: number
  textHeight: number
}

/** Page size and margins from the unit's print layout (A4 portrait is the only size offered). */
export function pageGeometry(layout: PrintLayout): PageGeometry {
  const marginTop = mmToTwips(layout.marginTopMm)
  const marginBottom = mmToTwips(layout.marginBottomMm)
  const marginLeft = mmToTwips(layout.marginLeftMm)
  const marginRight = mmToTwips(layout.marginRightMm)
  return {
    pageWidth: A4_TWIPS.width,
    pageHeight: A4_TWIPS.height,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    // Half the top margin: the page number sits centred in the margin, clear of the text.
    header: Math.round(marginTop / 2),
    footer: Math.round(marginBottom / 2),
    textWidth: A4_TWIPS.width - marginLeft - marginRight,
    textHeight: A4_TWIPS.height - marginTop - marginBottom,
  }
}
