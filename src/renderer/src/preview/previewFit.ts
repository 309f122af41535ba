/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4
/** One A4 sheet with the grey gap on both sides (printPreviewDocument's SHEET_GAP_MM), in CSS px. */
const SHEET_SPAN_PX = (210 + 2 * 10) * PX_PER_MM
/** Room kept for the frame's vertical scroll bar, which takes width from its content. */
const SCROLLBAR_PX = 18

/**
 * "Vừa khung": the print preview's zoom at which one whole A4 sheet and its grey gaps fit the pane's
 * width, rounded down to a hundredth so a resize by a pixel or two does not rebuild the frame.
 */
export function fitWidthZoom(paneWidth: number): number {
  const zoom = Math.floor(((paneWidth - SCROLLBAR_PX) / SHEET_SPAN_PX) * 100) / 100
  return Math.min(2, Math.max(0.25, zoom))
}

/** The editor page (.st-editor-frame): at most 210 mm wide, with 30 + 15 mm of side padding. */
const FRAME_MAX_PX = 210 * PX_PER_MM
const FRAME_PADDING_PX = 45 * PX_PER_MM
/** The editor's text column must keep this width beside the preview (issue 12). */
const MIN_TEXT_PX = 600

/** Width of the editor's text column in a main area `mainWidth` px wide, at editor zoom `zoom` (1 = 100%). */
function textColumn(mainWidth: number, zoom: number): number {
  return Math.min(FRAME_MAX_PX * zoom, mainWidth - SCROLLBAR_PX) - FRAME_PADDING_PX * zoom
}

/** The preview's width beside the editor: 38% of the area, at least 300 px (see preview.css). */
function besideWidth(areaWidth: number): number {
  return Math.max(300, 0.38 * areaWidth)
}

/**
 * Whether the preview may sit beside the editor in an area `areaWidth` px wide: the text column keeps
 * 600 px, or, at a zoom where even the whole area gives less, the width it would have alone.
 */
export function besideFits(areaWidth: number, zoom: number): boolean {
  const alone = textColumn(areaWidth, zoom)
  return textColumn(areaWidth - besideWidth(areaWidth), zoom) >= Math.min(MIN_TEXT_PX, alone)
}
