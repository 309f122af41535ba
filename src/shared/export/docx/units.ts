/** Twips (twentieths of a point) in a millimetre; Word measures page geometry in twips. */
const TWIPS_PER_MM = 1440 / 25.4

/** A4 in twips, the values Word itself writes. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const

/** Word's drawing units at 96 dpi: docx takes image sizes in these pixels. */
export const TWIPS_PER_PIXEL = 15

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM)
}

export function cmToTwips(cm: number): number {
  return mmToTwips(cm * 10)
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20)
}

/** Font sizes are written in half-points. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2)
}

/** `w:line` for "auto" line spacing: 240 is single. */
export function lineSpacingToLine(multiple: number): number {
  return Math.round(240 * multiple)
}
