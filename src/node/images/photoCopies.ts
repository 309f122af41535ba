import { pageGeometry } from '@shared/export/docx/pageGeometry'
import { fitImage, MAX_IMAGE_HEIGHT_SHARE } from '@shared/export/docx/fitImage'
import { jpegOrientation, withUprightTag } from '@shared/images/jpegOrientation'
import { orientAndShrink, uprightSize } from '@shared/images/orientAndShrink'
import {
  PRINT_JPEG_QUALITY,
  printCopyWidth,
  webCopyWidth,
  type PhotoCopies,
  type PhotoCopy,
} from '@shared/images/photoCopy'
import { publishableImage } from '@shared/images/publishableImage'
import type { BodyNode } from '@shared/model/body'
import type { Report } from '@shared/model/report'
import { FIGURE_NODE, figureAttrs } from '@shared/nodes/figureNode'
import type { PrintLayout, WebPhotoSettings } from '@shared/settings/settings'
import { defaultPrintLayout } from '@shared/settings/settings'
import { decodeJpeg, encodeJpeg } from './jpegCodec'

/** Asset id → the widest share of the text width (percent) any figure shows it at. */
function figureWidths(body: BodyNode): Map<string, number> {
  const widths = new Map<string, number>()
  const stack: BodyNode[] = [body]
  while (stack.length) {
    const node = stack.pop()!
    if (node.type === FIGURE_NODE.name) {
      const { assetId, width } = figureAttrs(node.attrs)
      widths.set(assetId, Math.max(widths.get(assetId) ?? 0, width))
    }
    if (node.content) stack.push(...node.content)
  }
  return widths
}

interface Wanted {
  /** Width of the copy, upright; null when the original goes out as it is. */
  width: number | null
  quality: number
}

// Copies made in this process (the CLI exporting DOCX and HTML of one draft, a test), by photo, then
// by width and quality. Keyed by the photo's own text, never a digest: two photos must never share a
// copy. Bounded (each photo's text counted once), the photo used longest ago dropped first. The app
// runs each export in a fresh worker, where this starts empty.
const MEMO_BUDGET_BYTES = 128 * 1024 * 1024
const memo = new Map<string, Map<string, PhotoCopy>>()
let memoBytes = 0

function remembered(data: string, size: string): PhotoCopy | undefined {
  const copies = memo.get(data)
  if (!copies) return undefined
  memo.delete(data)
  memo.set(data, copies)
  return copies.get(size)
}

function remember(data: string, size: string, copy: PhotoCopy): void {
  let copies = memo.get(data)
  if (!copies) {
    memo.set(data, (copies = new Map()))
    memoBytes += data.length
  }
  copies.set(size, copy)
  memoBytes += copy.bytes.length
  for (const [old, kept] of memo) {
    if (memoBytes <= MEMO_BUDGET_BYTES || old === data) break
    memo.delete(old)
    memoBytes -= old.length
    for (const dropped of kept.values()) memoBytes -= dropped.bytes.length
  }
}

type Want = (upright: { width: number; height: number }, orientation: number, figureWidth: number) => Wanted

/** The copy one photo needs, made or remembered; null when it goes out as checked. */
async function copyOf(
  report: Report,
  assetId: string,
  figureWidth: number,
  want: Want,
): Promise<PhotoCopy | null> {
  const asset = Object.hasOwn(report.assets, assetId) ? report.assets[assetId] : undefined
  if (!asset) return null
  const photo = publishableImage(asset)
  if (!photo.ok || photo.mime !== 'image/jpeg') return null
  const found = jpegOrientation(photo.bytes)
  const orientation = found?.value ?? 1
  const upright = uprightSize(photo, orientation)
  const { width, quality } = want(upright, orientation, figureWidth)
  if (width === null) return null
  const size = `${width}:${quality}`
  const known = remembered(asset.data, size)
  if (known) return known
  // Tagged upright first: the decoder would otherwise turn the pixels itself, and we turn them here.
  const pixels = await decodeJpeg(
    found && found.value !== 1 ? withUprightTag(photo.bytes, found) : photo.bytes,
  )
  if (!pixels || pixels.width !== photo.width || pixels.height !== photo.height) return null
  const shrunk = orientAndShrink(pixels, orientation, width)
  const bytes = await encodeJpeg(shrunk, quality)
  const copy: PhotoCopy = { mime: 'image/jpeg', bytes, width: shrunk.width, height: shrunk.height }
  remember(asset.data, size, copy)
  return copy
}

/**
 * Copies of the report's JPEG photos, each made once however many figures show it: `want` says, from
 * the photo's upright size, its EXIF orientation and its widest figure, what width it needs. A photo
 * the decoder cannot read keeps its checked original. PNG (and GIF/WebP, published as PNG) photos
 * are left as they are.
 */
async function copiesOf(
  report: Report,
  want: Want,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, PhotoCopy>> {
  const copies = new Map<string, PhotoCopy>()
  const figures = figureWidths(report.body)
  let done = 0
  for (const [assetId, figureWidth] of figures) {
    const copy = await copyOf(report, assetId, figureWidth, want)
    if (copy) copies.set(assetId, copy)
    onProgress?.(++done, figures.size)
  }
  return copies
}

/**
 * The web copies: at most `maxWidthPx` wide, at the unit's JPEG quality, upright in the pixels (a
 * browser that ignores EXIF, or a portal that strips it, still shows the photo the right way up).
 * A photo that already fits and needs no turn goes out as checked, without a second compression.
 */
export function webPhotoCopies(report: Report, settings: WebPhotoSettings): Promise<PhotoCopies> {
  return copiesOf(report, (upright, orientation) => {
    const width = webCopyWidth(upright.width, settings.maxWidthPx)
    const turned = orientation >= 2 && orientation <= 8
    return { width: width < upright.width || turned ? width : null, quality: settings.jpegQuality }
  })
}

/**
 * The print copies: about 300 dpi at the largest size a figure prints the photo (its share of the
 * text width, capped by the height a photo may take on the page), instead of a 4000-pixel original
 * that makes the DOCX heavy to mail and slow to open. Photos already near 300 dpi are left as they are.
 */
export function printPhotoCopies(
  report: Report,
  layout: PrintLayout = defaultPrintLayout(),
  onProgress?: (done: number, total: number) => void,
): Promise<PhotoCopies> {
  const page = pageGeometry(layout)
  const want = (upright: { width: number; height: number }, _orientation: number, figureWidth: number) => {
    const printed = fitImage(
      upright,
      (page.textWidth * figureWidth) / 100,
      page.textHeight * MAX_IMAGE_HEIGHT_SHARE,
    )
    return { width: printCopyWidth(upright.width, printed.width), quality: PRINT_JPEG_QUALITY }
  }
  return copiesOf(report, want, onProgress)
}
