import { ImageRun, TextRun, type IMediaTransformation, type Paragraph } from 'docx'
import type { Asset } from '../../model/assets'
import type { BodyNode } from '../../model/body'
import { FIGURE_NODE, figureAttrs } from '../../nodes/figureNode'
import { bodyPlainText } from '../../plainText/bodyPlainText'
import { cleanText } from '../../text/cleanText'
import { decodeBase64 } from '../../text/base64'
import { convertedImage, type LoadedImage } from './convertedImage'
import type { DocxBlock, MapEnv } from './docxContext'
import { isReasonableImageSize } from '../../images/declaredImageSize'
import { inspectImage, type EmbeddableImage } from './inspectImage'
import { jpegOrientation, orientationTransform, withUprightTag } from './jpegOrientation'
import { repairTruncatedPng } from './repairTruncatedPng'
import { styledParagraph } from './paragraphBlock'
import { TWIPS_PER_PIXEL } from './units'

/** A photo may take at most this share of the text height, so it fits on a page with its caption. */
const MAX_IMAGE_HEIGHT_SHARE = 0.6

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

/**
 * Size and turn of a photo on the page. A phone photo's EXIF orientation is honoured: the upright photo
 * is fitted (sides swapped for 5–8) and the turn goes in the drawing, since Word draws the stored pixels
 * as they are; the embedded copy's tag says "upright" so a reader that reads EXIF does not turn it twice.
 */
function placeImage(
  loaded: { bytes: Uint8Array; image: EmbeddableImage },
  maxWidthTwips: number,
  maxHeightTwips: number,
): { bytes: Uint8Array; transformation: IMediaTransformation } {
  const found = loaded.image.type === 'jpg' ? jpegOrientation(loaded.bytes) : null
  const turn = orientationTransform(found?.value ?? 1)
  const { width, height } = loaded.image
  const upright = turn.swapsSides ? { width: height, height: width } : { width, height }
  const size = fitImage(upright, maxWidthTwips, maxHeightTwips)
  if (!found || found.value === 1) return { bytes: loaded.bytes, transformation: size }
  return {
    bytes: withUprightTag(loaded.bytes, found),
    transformation: {
      // The drawing's box is the stored picture's; turned, it shows the upright size.
      ...(turn.swapsSides ? { width: size.height, height: size.width } : size),
      ...(turn.rotation ? { rotation: turn.rotation } : {}),
      ...(turn.flipHorizontal || turn.flipVertical
        ? { flip: { horizontal: turn.flipHorizontal, vertical: turn.flipVertical } }
        : {}),
    },
  }
}

// Images come only from the draft's own assets: a figure's other attributes (a `src` pasted from the
// web or the disk) are never followed.
function loadAsset(asset: Asset | undefined, ordinal: number, assetId: string): LoadedImage {
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
  // A tiny file can declare a huge picture (a decompression bomb): Word would try to decode it whole.
  const declared = inspected.ok || inspected.problem === 'truncated' ? inspected.image : null
  if (declared && !isReasonableImageSize(declared)) {
    return {
      ok: false,
      reason: 'ảnh có kích thước bất thường',
      warning: {
        code: 'image-too-large',
        message: `${label} khai báo kích thước bất thường (${declared.width} × ${declared.height} điểm ảnh) nên không nhúng vào DOCX; đã thay bằng khung báo lỗi. Hãy chèn lại ảnh từ tệp gốc.`,
      },
    }
  }
  if (bytes && inspected.ok) return { ok: true, bytes, image: inspected.image }
  // Cut short but with whole rows in checksummed chunks: the same top part the editor shows, the rest
  // blank, rather than a placeholder for a photo the officer can see on screen.
  const repaired =
    bytes && !inspected.ok && inspected.problem === 'truncated' ? repairTruncatedPng(bytes) : null
  if (repaired && !inspected.ok && inspected.problem === 'truncated') {
    return {
      ok: true,
      bytes: repaired,
      image: inspected.image,
      warning: {
        code: 'image-truncated',
        message: `${label} bị cắt cụt (tệp không trọn vẹn); bản DOCX giữ phần ảnh đọc được, phần thiếu để trống như trên màn hình. Hãy chèn lại ảnh từ tệp gốc nếu còn.`,
      },
    }
  }
  if (bytes && !inspected.ok && inspected.problem === 'unsupported') {
    return convertedImage(bytes, label, inspected.format)
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
  const attrs = figureAttrs(node.attrs)
  const assetId = attrs.assetId
  const asset = Object.hasOwn(state.assets, assetId) ? state.assets[assetId] : undefined
  const caption = env.runs(node.content)
  const hasCaption = caption.length > 0
  const alt = attrs.alt.trim()
  const loaded = loadAsset(asset, ordinal, assetId)
  let picture: Paragraph
  if (loaded.ok) {
    if (loaded.warning) state.warnings.push(loaded.warning)
    const placed = placeImage(loaded, ctx.width, state.page.textHeight * MAX_IMAGE_HEIGHT_SHARE)
    const description = alt || bodyPlainText(state.source).line(node.content).trim()
    picture = styledParagraph(
      { ...env, ctx: { ...ctx, marker: null } },
      FIGURE_NODE.docxStyle,
      [
        new ImageRun({
          type: loaded.image.type,
          data: placed.bytes,
          transformation: placed.transformation,
          altText: {
            name: cleanText(asset?.name || `Ảnh ${ordinal}`, 'linesAsSpaces'),
            description: cleanText(description, 'linesAsSpaces'),
            title: cleanText(alt, 'linesAsSpaces'),
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
      [
        new TextRun(
          cleanText(`[Ảnh ${ordinal}${name} không hiển thị được: ${loaded.reason}]`, 'linesAsSpaces'),
        ),
      ],
      undefined,
      { keepNext: hasCaption },
    )
  }
  if (!hasCaption) return [picture]
  return [
    picture,
    styledParagraph({ ...env, ctx: { ...ctx, marker: null } }, FIGURE_NODE.captionStyle, caption),
  ]
}
