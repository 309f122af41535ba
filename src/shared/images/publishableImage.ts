import { IMAGE_MIME_TYPES, type Asset } from '../model/assets'
import { decodeBase64 } from '../text/base64'
import { checkJpeg } from './checkJpeg'
import { checkPng } from './checkPng'
import { convertToPng } from './convertToPng'
import { declaredImageSize, isReasonableImageSize, type ImageSize } from './declaredImageSize'
import { repairTruncatedPng } from './repairTruncatedPng'
import { sniffImageMime } from './sniffImage'

type SourceMime = Asset['mime']

/**
 * A photo as it may leave the app, in DOCX or HTML: PNG or JPEG bytes that were checked chunk by chunk
 * (or decoded and re-encoded), so they are a picture and only a picture. Or why it may not.
 */
export type PublishableImage =
  | {
      ok: true
      mime: 'image/png' | 'image/jpeg'
      bytes: Uint8Array
      width: number
      height: number
      /** What the draft stored: a GIF or WebP is published as the PNG of its pixels. */
      source: SourceMime
      /** A PNG cut short, rebuilt with its readable rows and the rest blank. */
      repaired: boolean
      /** The bytes are the stored file, untouched (nothing to drop, no conversion). */
      unchanged: boolean
    }
  | {
      ok: false
      /** `too-large`: declares more than the cap; `animated`: a WebP animation, which has no one picture. */
      problem: 'corrupt' | 'too-large' | 'animated'
      source: SourceMime | null
      size?: ImageSize
    }

function fromBytes(bytes: Uint8Array): PublishableImage {
  const source = sniffImageMime(bytes)
  if (!source) return { ok: false, problem: 'corrupt', source }
  // Before any pixel is read: a tiny file can declare a huge picture (a decompression bomb).
  const size = declaredImageSize(bytes)
  if (size && !isReasonableImageSize(size)) return { ok: false, problem: 'too-large', source, size }
  if (source === 'image/gif' || source === 'image/webp') {
    const converted = convertToPng(bytes)
    if (!converted.ok) return { ...converted, source }
    const { png, width, height } = converted
    return {
      ok: true,
      mime: 'image/png',
      bytes: png,
      width,
      height,
      source,
      repaired: false,
      unchanged: false,
    }
  }
  const checked = source === 'image/png' ? checkPng(bytes) : checkJpeg(bytes)
  if (checked.ok) return { ...checked, ok: true, mime: source, source, repaired: false }
  if (checked.problem === 'truncated') {
    // The same top part the editor shows, the rest blank, rather than a placeholder for a photo the
    // officer can see on screen; checked again, so only the chunks kept for a whole file remain.
    const repaired = repairTruncatedPng(bytes)
    const rechecked = repaired ? checkPng(repaired) : null
    if (rechecked?.ok)
      return { ...rechecked, ok: true, mime: source, source, repaired: true, unchanged: false }
  }
  return { ok: false, problem: 'corrupt', source }
}

/** Decoded photos kept between exports (the preview rebuilds the page after every pause in typing). */
const MEMO_BUDGET_BYTES = 96 * 1024 * 1024
const memo = new Map<string, PublishableImage>()
let memoBytes = 0

const weight = (data: string, image: PublishableImage) => data.length + (image.ok ? image.bytes.length : 0)

/**
 * The photo an asset holds, checked and cleaned by one rule for every output (DOCX, HTML page or
 * fragment, images folder), its base64 read the same way (line breaks allowed). Work is done once per
 * distinct photo: results are kept, most recent first, up to a memory budget.
 */
export function publishableImage(asset: Pick<Asset, 'data' | 'mime'>): PublishableImage {
  // A forged draft may label an asset with a type the model does not allow (text/html, SVG).
  if (!(IMAGE_MIME_TYPES as readonly string[]).includes(asset.mime)) {
    return { ok: false, problem: 'corrupt', source: null }
  }
  const known = memo.get(asset.data)
  if (known) {
    memo.delete(asset.data)
    memo.set(asset.data, known)
    return known
  }
  const bytes = decodeBase64(asset.data)
  const image: PublishableImage = bytes ? fromBytes(bytes) : { ok: false, problem: 'corrupt', source: null }
  const cost = weight(asset.data, image)
  if (cost <= MEMO_BUDGET_BYTES) {
    memo.set(asset.data, image)
    memoBytes += cost
    for (const [data, old] of memo) {
      if (memoBytes <= MEMO_BUDGET_BYTES) break
      memo.delete(data)
      memoBytes -= weight(data, old)
    }
  }
  return image
}
