import { crc32 } from '../../images/crc32'
import { MAX_IMAGE_SIDE } from '../../images/declaredImageSize'
import type { PhotoCopies } from '../../images/photoCopy'
import { publishableImage, type PublishableImage } from '../../images/publishableImage'
import type { Asset } from '../../model/assets'
import { asciiSlug } from '../../text/asciiSlug'
import { encodeBase64 } from '../../text/base64'

type PublishedMime = 'image/png' | 'image/jpeg'
/** The bytes a page carries for a photo: the checked original, or its web copy. */
type Photo = Pick<PublishableImage & { ok: true }, 'mime' | 'bytes' | 'unchanged'>

/** How images reach the page: embedded as data URIs, or files in a folder next to it. */
export type ImageMode = { kind: 'embed' } | { kind: 'files'; folderUrl: string }

/** An image the caller must write beside the page (files mode only). */
export interface ExportedImage {
  assetId: string
  /** ASCII file name inside the images folder, e.g. "01-dong-chi-chu-tri.jpg". */
  fileName: string
  mime: PublishedMime
  /** The checked photo's bytes (cleaned, or a GIF or WebP as PNG): never the stored file unchecked. */
  bytes: Uint8Array
}

interface ResolvedImage {
  src: string
  width?: number
  height?: number
}

type ImageLookup = { ok: true; image: ResolvedImage } | { ok: false; reason: 'missing' | 'broken' }

const EXTENSION: Record<PublishedMime, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' }

// Base64 of each checked photo, made once per photo (the preview rebuilds the page after each pause).
const base64Copies = new WeakMap<Uint8Array, string>()
const HAS_WHITESPACE = /[\t\n\f\r ]/

/** The data URI of a checked photo: the stored text itself when the bytes are the stored file's. */
function dataUri(asset: Asset, photo: Photo): string {
  let base64 = base64Copies.get(photo.bytes)
  if (base64 === undefined) {
    base64 = photo.unchanged && !HAS_WHITESPACE.test(asset.data) ? asset.data : encodeBase64(photo.bytes)
    base64Copies.set(photo.bytes, base64)
  }
  return `data:${photo.mime};base64,${base64}`
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function dimension(value: unknown): number | undefined {
  // A forged size in the draft would otherwise set a box millions of pixels wide on the page.
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_IMAGE_SIDE
    ? value
    : undefined
}

/**
 * Resolves figure asset ids to image sources, only ever from the report's own embedded assets, each
 * checked and cleaned by the rule every export applies ({@link publishableImage}): the page carries the
 * cleaned bytes, never the stored ones. In files mode one photo is one file, however many figures show
 * it and under however many asset ids it is stored. A photo with a web copy (`copies`) is published
 * as that copy, and its width and height are the copy's: the shape shown, upright.
 */
export function createImageResolver(
  assets: Readonly<Record<string, Asset>>,
  mode: ImageMode,
  copies: PhotoCopies = new Map(),
) {
  const resolved = new Map<string, ImageLookup>()
  const files: ExportedImage[] = []
  // Files by length and checksum of their bytes, to find one photo stored under two ids.
  const filesByBytes = new Map<string, ExportedImage[]>()

  function fileFor(assetId: string, asset: Asset, photo: Photo): ExportedImage {
    const key = `${photo.bytes.length}:${crc32(photo.bytes, 0, photo.bytes.length)}`
    const same = filesByBytes.get(key) ?? []
    const existing = same.find((file) => sameBytes(file.bytes, photo.bytes))
    if (existing) return existing
    const stem = asciiSlug(asset.name.replace(/\.[^.]*$/, '')) || 'anh'
    const fileName = `${String(files.length + 1).padStart(2, '0')}-${stem}.${EXTENSION[photo.mime]}`
    const file = { assetId, fileName, mime: photo.mime, bytes: photo.bytes }
    files.push(file)
    filesByBytes.set(key, [...same, file])
    return file
  }

  function lookup(assetId: string): ImageLookup {
    const cached = resolved.get(assetId)
    if (cached) return cached
    const asset = Object.hasOwn(assets, assetId) ? assets[assetId] : undefined
    const checked = asset ? publishableImage(asset) : null
    let result: ImageLookup
    if (!asset) result = { ok: false, reason: 'missing' }
    else if (!checked?.ok) result = { ok: false, reason: 'broken' }
    else {
      const copy = copies.get(assetId)
      const photo: Photo = copy ? { ...copy, unchanged: false } : checked
      let src: string
      if (mode.kind === 'embed') src = dataUri(asset, photo)
      else {
        const { fileName } = fileFor(assetId, asset, photo)
        src = mode.folderUrl ? `${mode.folderUrl}/${fileName}` : fileName
      }
      const size = copy ?? { width: dimension(asset.width), height: dimension(asset.height) }
      result = { ok: true, image: { src, width: size.width, height: size.height } }
    }
    resolved.set(assetId, result)
    return result
  }

  return { lookup, files: (): ExportedImage[] => [...files] }
}

export type ImageResolver = ReturnType<typeof createImageResolver>
