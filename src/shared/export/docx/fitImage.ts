import { TWIPS_PER_PIXEL } from './units'

/** A photo may take at most this share of the text height, so it fits on a page with its caption. */
export const MAX_IMAGE_HEIGHT_SHARE = 0.6

/** Display size in docx pixels (96 dpi): the full available width, aspect kept, height capped. */
export function fitImage(
  image: { width: number; height: number },
  maxWidthTwips: number,
  maxHeightTwips: number,
): { width: number; height: number } {
  const maxWidth = maxWidthTwips / TWIPS_PER_PIXEL
  const maxHeight = maxHeightTwips / TWIPS_PER_PIXEL
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height)
  // Rounded down, so a full-width photo never pokes past the margin.
  const width = Math.max(1, Math.floor(image.width * scale))
  return { width, height: Math.max(1, Math.round((width * image.height) / image.width)) }
}
