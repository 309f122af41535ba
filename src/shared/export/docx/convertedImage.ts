import { convertToPng, MAX_CONVERTED_PIXELS } from '../../images/convertToPng'
import type { DocxWarning } from './docxWarning'
import type { EmbeddableImage } from './inspectImage'

/** A figure's picture ready to embed, or why it becomes a placeholder. */
export type LoadedImage =
  | { ok: true; bytes: Uint8Array; image: EmbeddableImage; warning?: DocxWarning }
  | { ok: false; warning: DocxWarning; reason: string }

/**
 * A GIF or WebP photo as the PNG Word needs, converted here in the shared exporter so the app and
 * `soantin export` write the same file for the same draft.
 */
export function convertedImage(bytes: Uint8Array, label: string, format: string): LoadedImage {
  const converted = convertToPng(bytes)
  if (converted.ok) {
    const { png, width, height } = converted
    return { ok: true, bytes: png, image: { type: 'png', width, height } }
  }
  if (converted.problem === 'too-large') {
    const { width, height } = converted.size
    return {
      ok: false,
      reason: `ảnh ${format} quá lớn để chuyển sang PNG`,
      warning: {
        code: 'image-too-large',
        message: `${label} là ảnh ${format} ${width} × ${height} điểm ảnh, vượt quá ${MAX_CONVERTED_PIXELS / 1_000_000} triệu điểm ảnh nên không chuyển được sang PNG cho DOCX; đã thay bằng khung báo lỗi. Hãy thu nhỏ ảnh hoặc chuyển sang JPEG rồi chèn lại.`,
      },
    }
  }
  if (converted.problem === 'animated') {
    return {
      ok: false,
      reason: `ảnh ${format} động không nhúng được vào DOCX`,
      warning: {
        code: 'image-unsupported',
        message: `${label} là ảnh ${format} động, bản DOCX chỉ nhận ảnh tĩnh; đã thay bằng khung báo lỗi. Hãy chuyển ảnh sang PNG hoặc JPEG rồi chèn lại.`,
      },
    }
  }
  return {
    ok: false,
    reason: 'tệp ảnh bị hỏng',
    warning: {
      code: 'image-corrupt',
      message: `${label} là tệp ${format} bị hỏng, không đọc được; bản DOCX có khung báo lỗi ở chỗ này. Hãy chèn lại ảnh từ tệp gốc.`,
    },
  }
}
