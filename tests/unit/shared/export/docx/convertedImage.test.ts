import { describe, expect, it } from 'vitest'
import { STYLE_IDS } from '@shared/export/docx/docxStyles'
import type { Report } from '@shared/model/report'
import * as b from '../../../../fixtures/builders'
import { gifFixture, webpFixture } from '../../../../fixtures/convertibleImages'
import { DOCX_CASE } from '../../../../fixtures/goldenCases'
import { exportAndOpen } from './docxXml'

const asset = (mime: Report['assets'][string]['mime'], bytes: Uint8Array, name: string) => ({
  mime,
  data: Buffer.from(bytes).toString('base64'),
  name,
})

describe('GIF and WebP photos the DOCX cannot take', () => {
  it('says in Vietnamese why: animated, too large to convert, damaged', async () => {
    // A GIF screen of 20,000 × 15,000: 300 megapixels, over the 200 either export takes.
    const huge = Buffer.from('GIF89a\x20\x4e\x98\x3a\x00\x00\x00', 'latin1')
    const damaged = gifFixture().bytes.subarray(0, 30)
    const report = b.reportWith(
      {
        ...DOCX_CASE,
        assets: {
          animated: asset('image/webp', webpFixture('animated'), 'dong.webp'),
          huge: asset('image/gif', huge, 'lon.gif'),
          damaged: asset('image/gif', damaged, 'hong.gif'),
        },
      },
      b.figure('animated', ''),
      b.figure('huge', ''),
      b.figure('damaged', ''),
    )
    const { warnings, paragraphs, parts } = await exportAndOpen(report)
    expect(warnings).toEqual([
      {
        code: 'image-unsupported',
        message:
          'Ảnh thứ 1 ("dong.webp") là ảnh WebP động, bản DOCX chỉ nhận ảnh tĩnh; đã thay bằng khung báo lỗi. Hãy chuyển ảnh sang PNG hoặc JPEG rồi chèn lại.',
        en: 'Photo 1 ("dong.webp") is an animated WebP; the DOCX takes still images only, so an error box takes its place. Convert the photo to PNG or JPEG, then insert it again.',
      },
      {
        code: 'image-too-large',
        message:
          'Ảnh thứ 2 ("lon.gif") là ảnh GIF 20000 × 15000 điểm ảnh, vượt quá 200 triệu điểm ảnh nên không chuyển được sang PNG cho DOCX; đã thay bằng khung báo lỗi. Hãy thu nhỏ ảnh hoặc chuyển sang JPEG rồi chèn lại.',
        en: 'Photo 2 ("lon.gif") is a GIF image of 20000 × 15000 pixels, over 200 million pixels, so it cannot be converted to PNG for the DOCX; an error box takes its place. Shrink the photo or convert it to JPEG, then insert it again.',
      },
      {
        code: 'image-corrupt',
        message:
          'Ảnh thứ 3 ("hong.gif") là tệp GIF bị hỏng, không đọc được; bản DOCX có khung báo lỗi ở chỗ này. Hãy chèn lại ảnh từ tệp gốc.',
        en: 'Photo 3 ("hong.gif") is a damaged GIF file and cannot be read; the DOCX has an error box in its place. Insert the photo again from the original file.',
      },
    ])
    expect(paragraphs.filter((p) => p.style === STYLE_IDS.imagePlaceholder).map((p) => p.text)).toEqual([
      '[Ảnh 1 "dong.webp" không hiển thị được: ảnh WebP động không nhúng được vào DOCX]',
      '[Ảnh 2 "lon.gif" không hiển thị được: ảnh GIF quá lớn để chuyển sang PNG]',
      '[Ảnh 3 "hong.gif" không hiển thị được: tệp ảnh bị hỏng]',
    ])
    expect([...parts.keys()].filter((k) => k.startsWith('word/media/'))).toEqual([])
  })
})
