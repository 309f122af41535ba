import { declaredImageSize, isReasonableImageSize, MAX_IMAGE_SIDE } from '../../images/declaredImageSize'
import { sniffImageMime } from '../../images/sniffImage'
import { IMAGE_MIME_TYPES, type Asset } from '../../model/assets'
import { asciiSlug } from '../../text/asciiSlug'
import { decodeBase64, isBase64 } from '../../text/base64'

type ImageMime = Asset['mime']

/** How images reach the page: embedded as data URIs, or files in a folder next to it. */
export type ImageMode = { kind: 'embed' } | { kind: 'files'; folderUrl: string }

/** An image the caller must write beside the page (files mode only). */
export interface ExportedImage {
  assetId: string
  /** ASCII file name inside the images folder, e.g. "01-dong-chi-chu-tri.jpg". */
  fileName: string
  mime: ImageMime
  /** The image's bytes as base64, exactly as stored in the draft. */
  base64: string
}

interface ResolvedImage {
  src: string
  width?: number
  height?: number
}

type ImageLookup = { ok: true; image: ResolvedImage } | { ok: false; reason: 'missing' | 'broken' }

const EXTENSION: Record<ImageMime, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
}

/**
 * Checks a stored image before it is published: a known raster type, clean base64, and bytes that
 * really start like that type (a draft carrying HTML or SVG labelled as an image is refused).
 */
function verifiedMime(asset: Asset): ImageMime | null {
  if (!(IMAGE_MIME_TYPES as readonly string[]).includes(asset.mime)) return null
  if (asset.data.length < 8 || !isBase64(asset.data)) return null
  const mime = sniffImageMime(decodeBase64(asset.data, 16) ?? new Uint8Array(0))
  if (!mime) return null
  // A tiny file can declare a huge picture (a decompression bomb): a visitor's browser would try to
  // decode it. Only a JPEG's frame header can sit far in, after its metadata, so only it is read whole.
  const header = decodeBase64(asset.data, mime === 'image/jpeg' ? Infinity : 32)
  const size = header ? declaredImageSize(header) : null
  return size && !isReasonableImageSize(size) ? null : mime
}

function dimension(value: unknown): number | undefined {
  // A forged size in the draft would otherwise set a box millions of pixels wide on the page.
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_IMAGE_SIDE
    ? value
    : undefined
}

/** Resolves figure asset ids to image sources, only ever from the report's own embedded assets. */
export function createImageResolver(assets: Readonly<Record<string, Asset>>, mode: ImageMode) {
  const resolved = new Map<string, ImageLookup>()
  const files: ExportedImage[] = []

  function lookup(assetId: string): ImageLookup {
    const cached = resolved.get(assetId)
    if (cached) return cached
    const asset = Object.hasOwn(assets, assetId) ? assets[assetId] : undefined
    let result: ImageLookup
    if (!asset) result = { ok: false, reason: 'missing' }
    else {
      const mime = verifiedMime(asset)
      if (!mime) result = { ok: false, reason: 'broken' }
      else {
        let src: string
        if (mode.kind === 'embed') src = `data:${mime};base64,${asset.data}`
        else {
          const stem = asciiSlug(asset.name.replace(/\.[^.]*$/, '')) || 'anh'
          const fileName = `${String(files.length + 1).padStart(2, '0')}-${stem}.${EXTENSION[mime]}`
          files.push({ assetId, fileName, mime, base64: asset.data })
          src = mode.folderUrl ? `${mode.folderUrl}/${fileName}` : fileName
        }
        result = { ok: true, image: { src, width: dimension(asset.width), height: dimension(asset.height) } }
      }
    }
    resolved.set(assetId, result)
    return result
  }

  return { lookup, files: (): ExportedImage[] => [...files] }
}

export type ImageResolver = ReturnType<typeof createImageResolver>
