import { ImageRun, TextRun, type Paragraph } from 'docx'
import type { Asset } from '../../model/assets'
import type { BodyNode } from '../../model/body'
import { decodeBase64 } from './decodeBase64'
import type { DocxBlock, MapEnv } from './docxContext'
import type { DocxWarning } from './docxWarning'
import { inspectImage, type EmbeddableImage } from './inspectImage'
import { nodePlainText } from './nodePlainText'
import { styledParagraph } from './paragraphBlock'
import { TWIPS_PER_PIXEL } from './units'
import { stripRejectedCharacters } from './wordSafeText'

/** A photo may take at most this share of the text height, so it fits on a page with its caption. */
export const MAX_IMAGE_HEIGHT_SHARE = 0.6

type Loaded =
  | { ok: true; bytes: Uint8Array; image: EmbeddableImage }
  | { ok: false; warning: DocxWarning; reason: string }

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

// Images come only from the draft's own assets: a figure's other attributes (a `src` pasted from the
// web or the disk) are never followed.
function loadAsset(asset: Asset | undefined, ordinal: number, assetId: string): Loaded {
  const label = asset?.name ? `Ảnh thứ ${ordinal} ("${asset.name}")` : `Ảnh thứ ${ordinal}`
  if (!asset) {
    return {
      ok: false,
      reason: 'thiếu dữ liệu ảnh',
      warning: {
        code: 'image-missing',
        message: `${label} không có dữ liệu trong bản thảo${assetId ? '' : ' (chưa chọn ảnh)'}; bản DOCX có khung báo lỗi ở chỗ này. Hãy chèn lại ảnh.`,
      },
    }
  }
  const bytes = decodeBase64(asset.data)
  const inspected = bytes ? inspectImage(bytes) : ({ ok: false, problem: 'corrupt' } as const)
  if (bytes && inspected.ok) return { ok: true, bytes, image: inspected.image }
  if (!inspected.ok && inspected.problem === 'unsupported') {
    return {
      ok: false,
      reason: `ảnh ${inspected.format} không nhúng được vào DOCX`,
      warning: {
        code: 'image-unsupported',
        message: `${label} ở định dạng ${inspected.format}, bản DOCX chỉ nhận ảnh PNG hoặc JPEG; đã thay bằng khung báo lỗi. Hãy chuyển ảnh sang PNG hoặc JPEG rồi chèn lại.`,
      },
    }
  }
  return {
    ok: false,
    reason: 'tệp ảnh bị hỏng',
    warning: {
      code: 'image-corrupt',
      message: `${label} bị hỏng, không đọc được; bản DOCX có khung báo lỗi ở chỗ này. Hãy chèn lại ảnh từ tệp gốc.`,
    },
  }
}

/** A photo scaled to the text width and kept on the page with its caption; a broken one, a visible box. */
export function figureBlocks(node: BodyNode, env: MapEnv): DocxBlock[] {
  const { state, ctx } = env
  const ordinal = ++state.figureCount
  const assetId = typeof node.attrs?.assetId === 'string' ? node.attrs.assetId : ''
  const asset = Object.hasOwn(state.assets, assetId) ? state.assets[assetId] : undefined
  const caption = env.runs(node.content)
  const hasCaption = caption.length > 0
  const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt.trim() : ''
  const loaded = loadAsset(asset, ordinal, assetId)
  let picture: Paragraph
  if (loaded.ok) {
    const size = fitImage(loaded.image, ctx.width, state.page.textHeight * MAX_IMAGE_HEIGHT_SHARE)
    const description = alt || nodePlainText(node, state.source).trim()
    picture = styledParagraph(
      { ...env, ctx: { ...ctx, marker: null } },
      'figure',
      [
        new ImageRun({
          type: loaded.image.type,
          data: loaded.bytes,
          transformation: size,
          altText: {
            name: stripRejectedCharacters(asset?.name || `Ảnh ${ordinal}`),
            description: stripRejectedCharacters(description),
            title: stripRejectedCharacters(alt),
          },
        }),
      ],
      undefined,
      { keepNext: hasCaption },
    )
  } else {
    state.warnings.push(loaded.warning)
    const name = asset?.name ? ` "${asset.name}"` : ''
    picture = styledParagraph(
      { ...env, ctx: { ...ctx, marker: null } },
      'imagePlaceholder',
      [new TextRun(stripRejectedCharacters(`[Ảnh ${ordinal}${name} không hiển thị được: ${loaded.reason}]`))],
      undefined,
      { keepNext: hasCaption },
    )
  }
  if (!hasCaption) return [picture]
  return [picture, styledParagraph({ ...env, ctx: { ...ctx, marker: null } }, 'caption', caption)]
}
