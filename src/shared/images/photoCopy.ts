/**
 * A photo remade for one output: upright pixels (no EXIF turn left to apply), at the size that output
 * needs, as a metadata-free JPEG (from a JPEG) or PNG (from a PNG, GIF or WebP: transparency and flat
 * artwork kept). The draft keeps the full-size original; exports use the copy.
 */
export interface PhotoCopy {
  mime: 'image/jpeg' | 'image/png'
  bytes: Uint8Array
  width: number
  height: number
}

/** Copies by asset id; an asset without one is published as checked, at its own size. */
export type PhotoCopies = ReadonlyMap<string, PhotoCopy>

/** The resolution print needs: what a laser printer and the eye resolve at reading distance. */
const PRINT_DPI = 300
/** Word's and the exporter's pixel: 1/96 inch. */
const CSS_DPI = 96
/** A print copy is made only when it saves this much width: a photo just above 300 dpi is left alone. */
const PRINT_SLACK = 1.25
/** The quality of print copies: at 300 dpi no JPEG artefact shows on paper at this level. */
export const PRINT_JPEG_QUALITY = 90

/** The width, in pixels, a web copy has: the photo's own when it fits, else the unit's maximum. */
export function webCopyWidth(uprightWidth: number, maxWidthPx: number): number {
  return Math.min(uprightWidth, maxWidthPx)
}

/**
 * The width a print copy needs for a photo printed `printedWidthPx` (at 96 dpi) wide, or null when the
 * original is not much larger than that and goes to print as it is.
 */
export function printCopyWidth(uprightWidth: number, printedWidthPx: number): number | null {
  const needed = Math.ceil((printedWidthPx * PRINT_DPI) / CSS_DPI)
  return uprightWidth > needed * PRINT_SLACK ? needed : null
}
