import { fitImage, MAX_IMAGE_HEIGHT_SHARE } from '../export/docx/fitImage'
import { pageGeometry } from '../export/docx/pageGeometry'
import { TWIPS_PER_PIXEL } from '../export/docx/units'
import { FIELD_IN_TEXT, type CheckInput } from './checkInput'
import { finding, type Finding } from './findings'
import { bodyPlace } from './places'
import { excerptOf } from './textSpots'

/** Below this many pixels per inch at its printed size a photo looks soft on paper. */
const MIN_PRINT_PPI = 150
/** A photo that goes to the web untouched (it already fits) and weighs more than this loads slowly. */
const MAX_WEB_PHOTO_BYTES = 1024 * 1024

/** Each photo's caption, alt text, print resolution and web weight. */
export function photoFindings(input: CheckInput): Finding[] {
  const out: Finding[] = []
  const page = pageGeometry(input.unit.printLayout)
  let n = 0
  input.blocks.forEach((block, index) => {
    const photo = block.photo
    if (!photo) return
    n++
    const place = bodyPlace(index, 0, block.text.length)
    const caption = block.text.replaceAll(FIELD_IN_TEXT, '').trim()
    if (!caption && !block.text.includes(FIELD_IN_TEXT))
      out.push(
        finding(
          'photo-caption',
          place,
          { vi: `Ảnh ${n} chưa có chú thích.`, en: `Photo ${n} has no caption.` },
          '',
        ),
      )
    if (!photo.alt.trim())
      out.push(
        finding(
          'photo-alt',
          place,
          {
            vi: `Ảnh ${n} chưa có mô tả thay thế (alt): người đọc bằng máy đọc màn hình và công cụ tìm kiếm không biết ảnh có gì.`,
            en: `Photo ${n} has no alt text: screen readers and search engines cannot tell what it shows.`,
          },
          excerptOf(block.text, 0, 0, 60),
        ),
      )
    const { pixelWidth, pixelHeight } = photo
    if (pixelWidth && pixelHeight) {
      const printed = fitImage(
        { width: pixelWidth, height: pixelHeight },
        (page.textWidth * photo.width) / 100,
        page.textHeight * MAX_IMAGE_HEIGHT_SHARE,
      )
      // fitImage measures in 96-dpi pixels of the page.
      const ppi = Math.round((pixelWidth / printed.width) * (1440 / TWIPS_PER_PIXEL))
      if (ppi < MIN_PRINT_PPI)
        out.push(
          finding(
            'photo-print-size',
            place,
            {
              vi: `Ảnh ${n} chỉ rộng ${pixelWidth} điểm ảnh: in ở cỡ này được khoảng ${ppi} điểm/inch (nên từ ${MIN_PRINT_PPI}), ảnh sẽ mờ trên giấy.`,
              en: `Photo ${n} is only ${pixelWidth} pixels wide: printed at this size it gets about ${ppi} ppi (${MIN_PRINT_PPI} or more is advised) and looks soft on paper.`,
            },
            excerptOf(block.text, 0, 0, 60),
          ),
        )
      const untouched = pixelWidth <= input.unit.webPhotos.maxWidthPx
      if (untouched && photo.bytes > MAX_WEB_PHOTO_BYTES) {
        const mb = (photo.bytes / 1024 / 1024).toFixed(1)
        out.push(
          finding(
            'photo-web-weight',
            place,
            {
              vi: `Ảnh ${n} nặng ${mb.replace('.', ',')} MB và lên web nguyên như vậy (đã vừa khổ web): trang tải chậm trên điện thoại. Nên lưu lại ảnh ở dạng JPEG.`,
              en: `Photo ${n} weighs ${mb} MB and goes to the web as it is (it already fits): the page loads slowly on phones. Save it as JPEG.`,
            },
            excerptOf(block.text, 0, 0, 60),
          ),
        )
      }
    }
  })
  return out
}
