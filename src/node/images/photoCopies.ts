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
import { decodePng } from '@shared/images/decodePng'
import { encodePng } from '@shared/images/encodePng'
import { publishableImage, type PublishableImage } from '@shared/images/publishableImage'
import type { BodyNode } from '@shared/model/body'
import type { Report } from '@shared/model/report'
import { FIGURE_NODE, figureAttrs } from '@shared/nodes/figureNode'
import type { PrintLayout, WebPhotoSettings } from '@shared/settings/settings'
import { defaultPrintLayout } from '@shared/settings/settings'
import { copyKey, photoDigest, type CopyStore } from './copyStore'
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

type Want = (upright: { width: number; height: number }, orientation: number, figureWidth: number) => Wanted

/**
 * The copy one photo needs, or null when it goes out as checked. `made` holds this export's copies by
 * the photo's own text and size, so a photo stored under two ids is copied once (never by a digest:
 * two photos must never share a copy).
 */
async function copyOf(
  report: Report,
  assetId: string,
  figureWidth: number,
  want: Want,
  made: Map<string, Map<string, PhotoCopy | null>>,
  store?: CopyStore,
): Promise<PhotoCopy | null> {
  const asset = Object.hasOwn(report.assets, assetId) ? report.assets[assetId] : undefined
  if (!asset) return null
  const photo = publishableImage(asset)
  if (!photo.ok) return null
  const found = photo.mime === 'image/jpeg' ? jpegOrientation(photo.bytes) : null
  const orientation = found?.value ?? 1
  const upright = uprightSize(photo, orientation)
  const { width, quality } = want(upright, orientation, figureWidth)
  if (width === null) return null
  const size = `${width}:${quality}`
  let sizes = made.get(asset.data)
  if (!sizes) made.set(asset.data, (sizes = new Map()))
  const known = sizes.get(size)
  if (known !== undefined) return known
  // An earlier export's copy of these very bytes at this size (the app keeps them between exports).
  const key = store && copyKey(await photoDigest(asset.data), width, quality)
  const kept = key ? store.get(key) : undefined
  const copy = kept ?? (await remade(photo, found, orientation, width, quality))
  if (key && copy && !kept) store.set(key, copy)
  sizes.set(size, copy)
  return copy
}

/** The photo's pixels turned upright and shrunk to `width`, encoded as it came (JPEG, or PNG). */
async function remade(
  photo: PublishableImage & { ok: true },
  found: ReturnType<typeof jpegOrientation>,
  orientation: number,
  width: number,
  quality: number,
): Promise<PhotoCopy | null> {
  if (photo.mime === 'image/png') {
    const pixels = decodePng(photo.bytes)
    if (!pixels || pixels.width !== photo.width || pixels.height !== photo.height) return null
    const shrunk = orientAndShrink(pixels, 1, width)
    return { mime: 'image/png', bytes: encodePng(shrunk), width: shrunk.width, height: shrunk.height }
  }
  // Tagged upright first: the decoder would otherwise turn the pixels itself, and we turn them here.
  const pixels = await decodeJpeg(
    found && found.value !== 1 ? withUprightTag(photo.bytes, found) : photo.bytes,
  )
  if (!pixels || pixels.width !== photo.width || pixels.height !== photo.height) return null
  const shrunk = orientAndShrink(pixels, orientation, width)
  const bytes = await encodeJpeg(shrunk, quality)
  return { mime: 'image/jpeg', bytes, width: shrunk.width, height: shrunk.height }
}

/**
 * Copies of the report's photos, each made once however many figures show it: `want` says, from
 * the photo's upright size, its EXIF orientation and its widest figure, what width it needs. A photo
 * the decoder cannot read keeps its checked original. PNG photos (and GIF/WebP, published as PNG)
 * are shrunk as PNG; they have no EXIF turn, and a JPEG quality does not apply to them.
 */
async function copiesOf(
  report: Report,
  want: Want,
  onProgress?: (done: number, total: number) => void,
  store?: CopyStore,
): Promise<Map<string, PhotoCopy>> {
  const copies = new Map<string, PhotoCopy>()
  const figures = figureWidths(report.body)
  const made = new Map<string, Map<string, PhotoCopy | null>>()
  let done = 0
  for (const [assetId, figureWidth] of figures) {
    const copy = await copyOf(report, assetId, figureWidth, want, made, store)
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
export function webPhotoCopies(
  report: Report,
  settings: WebPhotoSettings,
  store?: CopyStore,
): Promise<PhotoCopies> {
  const want: Want = (upright, orientation) => {
    const width = webCopyWidth(upright.width, settings.maxWidthPx)
    const turned = orientation >= 2 && orientation <= 8
    return { width: width < upright.width || turned ? width : null, quality: settings.jpegQuality }
  }
  return copiesOf(report, want, undefined, store)
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
  store?: CopyStore,
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
  return copiesOf(report, want, onProgress, store)
}
