import { MAX_IMAGE_PIXELS } from '../../images/declaredImageSize'
import type { PublishableImage } from '../../images/publishableImage'
import type { Asset } from '../../model/assets'
import type { Said } from '../../text/said'
import type { DocxWarning } from './docxWarning'

/** An image the exporter can embed: its docx type and its size in pixels. */
export interface EmbeddableImage {
  type: 'png' | 'jpg'
  width: number
  height: number
}

/** A figure's picture ready to embed, or why it becomes a placeholder. */
type LoadedImage =
  | { ok: true; bytes: Uint8Array; image: EmbeddableImage; warning?: DocxWarning }
  | { ok: false; warning: DocxWarning; reason: string }

const FORMAT: Partial<Record<Asset['mime'], string>> = { 'image/gif': 'GIF', 'image/webp': 'WebP' }

/**
 * A figure's photo for Word, from the one check every export applies ({@link PublishableImage}): the
 * cleaned PNG or JPEG, or a placeholder with a Vietnamese warning naming the photo and the cause.
 */
export function loadImage(
  asset: Asset | undefined,
  published: PublishableImage | null,
  ordinal: number,
  assetId: string,
): LoadedImage {
  const label = asset?.name ? `Ảnh thứ ${ordinal} ("${asset.name}")` : `Ảnh thứ ${ordinal}`
  const labelEn = asset?.name ? `Photo ${ordinal} ("${asset.name}")` : `Photo ${ordinal}`
  if (!asset || !published) {
    return {
      ok: false,
      reason: 'thiếu dữ liệu ảnh',
      warning: {
        code: 'image-missing',
        message: `${label} không có dữ liệu trong bản thảo${assetId ? '' : ' (chưa chọn ảnh)'}; bản DOCX có khung báo lỗi ở chỗ này. Hãy chèn lại ảnh.`,
        en: `${labelEn} has no data in the draft${assetId ? '' : ' (no photo chosen)'}; the DOCX has an error box in its place. Insert the photo again.`,
      },
    }
  }
  if (published.ok) {
    const image: EmbeddableImage = {
      type: published.mime === 'image/png' ? 'png' : 'jpg',
      width: published.width,
      height: published.height,
    }
    if (!published.repaired) return { ok: true, bytes: published.bytes, image }
    // Cut short but with whole rows in checksummed chunks: the same top part the editor shows.
    return {
      ok: true,
      bytes: published.bytes,
      image,
      warning: {
        code: 'image-truncated',
        message: `${label} bị cắt cụt (tệp không trọn vẹn); bản DOCX giữ phần ảnh đọc được, phần thiếu để trống như trên màn hình. Hãy chèn lại ảnh từ tệp gốc nếu còn.`,
        en: `${labelEn} is cut off (an incomplete file); the DOCX keeps the readable part and leaves the rest blank, as on screen. Insert the photo again from the original file if you still have it.`,
      },
    }
  }
  const format = published.source ? FORMAT[published.source] : undefined
  const labels = { vi: label, en: labelEn }
  return { ok: false, ...(format ? convertedProblem(published, labels, format) : problem(published, labels)) }
}

function problem(published: PublishableImage & { ok: false }, { vi: label, en: labelEn }: Said) {
  const { size } = published
  if (published.problem === 'too-large' && size) {
    return {
      reason: 'ảnh có kích thước bất thường',
      warning: {
        code: 'image-too-large',
        message: `${label} khai báo kích thước bất thường (${size.width} × ${size.height} điểm ảnh) nên không nhúng vào DOCX; đã thay bằng khung báo lỗi. Hãy chèn lại ảnh từ tệp gốc.`,
        en: `${labelEn} declares an abnormal size (${size.width} × ${size.height} pixels), so it is not embedded in the DOCX; an error box takes its place. Insert the photo again from the original file.`,
      },
    } as const
  }
  return {
    reason: 'tệp ảnh bị hỏng',
    warning: {
      code: 'image-corrupt',
      message: `${label} bị hỏng, không đọc được; bản DOCX có khung báo lỗi ở chỗ này. Hãy chèn lại ảnh từ tệp gốc.`,
      en: `${labelEn} is damaged and cannot be read; the DOCX has an error box in its place. Insert the photo again from the original file.`,
    },
  } as const
}

/** Why a GIF or WebP, which Word cannot take and is converted to PNG, could not be converted. */
function convertedProblem(
  published: PublishableImage & { ok: false },
  { vi: label, en: labelEn }: Said,
  format: string,
) {
  const { size } = published
  if (published.problem === 'too-large' && size) {
    return {
      reason: `ảnh ${format} quá lớn để chuyển sang PNG`,
      warning: {
        code: 'image-too-large',
        message: `${label} là ảnh ${format} ${size.width} × ${size.height} điểm ảnh, vượt quá ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh nên không chuyển được sang PNG cho DOCX; đã thay bằng khung báo lỗi. Hãy thu nhỏ ảnh hoặc chuyển sang JPEG rồi chèn lại.`,
        en: `${labelEn} is a ${format} image of ${size.width} × ${size.height} pixels, over ${MAX_IMAGE_PIXELS / 1_000_000} million pixels, so it cannot be converted to PNG for the DOCX; an error box takes its place. Shrink the photo or convert it to JPEG, then insert it again.`,
      },
    } as const
  }
  if (published.problem === 'animated') {
    return {
      reason: `ảnh ${format} động không nhúng được vào DOCX`,
      warning: {
        code: 'image-unsupported',
        message: `${label} là ảnh ${format} động, bản DOCX chỉ nhận ảnh tĩnh; đã thay bằng khung báo lỗi. Hãy chuyển ảnh sang PNG hoặc JPEG rồi chèn lại.`,
        en: `${labelEn} is an animated ${format}; the DOCX takes still images only, so an error box takes its place. Convert the photo to PNG or JPEG, then insert it again.`,
      },
    } as const
  }
  return {
    reason: 'tệp ảnh bị hỏng',
    warning: {
      code: 'image-corrupt',
      message: `${label} là tệp ${format} bị hỏng, không đọc được; bản DOCX có khung báo lỗi ở chỗ này. Hãy chèn lại ảnh từ tệp gốc.`,
      en: `${labelEn} is a damaged ${format} file and cannot be read; the DOCX has an error box in its place. Insert the photo again from the original file.`,
    },
  } as const
}
