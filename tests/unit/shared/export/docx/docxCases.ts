import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseReportBytes } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { photoJpeg } from '../../../../fixtures/jpegImage'
import { photoPng } from '../../../../fixtures/pngImage'
import * as b from '../../../../fixtures/builders'

export const SEED_DRAFT = join(__dirname, '../../../../../examples/giao-ban-thuong-truc-tinh-uy.soantin')

/** The seed example the templates engineer made from the real article. */
export function seedReport(): Report {
  const parsed = parseReportBytes(readFileSync(SEED_DRAFT))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.report
}

/** The report every DOCX case starts from: the seed's facts, created at 10:30 on the meeting day. */
export const DOCX_CASE: b.ReportOptions = {
  id: 'docx-case',
  now: '2022-09-19T10:30:00Z',
  themeHeader: b.SEED_THEME_HEADER,
}

/** An online meeting: two bridge points, one chaired and one not. */
export function twoBridgePoints(): Report {
  const report = b.reportWith(
    DOCX_CASE,
    b.block('themeHeader'),
    b.block('reportTitle'),
    b.leadParagraph('họp giao ban trực tuyến'),
    b.bridgePoints(),
    b.p('Hội nghị được kết nối tới các điểm cầu huyện, thị xã.'),
    b.block('byline'),
  )
  report.fields.bridgePoints = [
    { ...b.DAM_HA_BRIDGE_POINT, id: 'bp-1' },
    { id: 'bp-2', place: 'thị xã Quảng Yên', chair: null, note: 'cùng 12 điểm cầu tại 12 xã, phường.' },
  ]
  return report
}

/** Lists (nested, two numbered lists that must each start at 1), a table, a link, breaks, a JPEG. */
export function listsAndTable(): Report {
  return b.reportWith(
    { ...DOCX_CASE, assets: { 'jpeg-1': b.asset('image/jpeg', photoJpeg(160, 100, 7), 'toan-canh.jpg') } },
    b.block('reportTitle'),
    b.h(2, 'Nhiệm vụ trọng tâm'),
    b.ol(
      b.li(
        'Rà soát quy hoạch khu công nghiệp',
        b.ul(b.li('Báo cáo trước 30/9'), b.li('Trình Ban Thường vụ')),
      ),
      b.li('Đẩy nhanh giải phóng mặt bằng'),
      b.li('Đào tạo lao động tại chỗ'),
    ),
    b.p('Các kiến nghị của địa phương:'),
    b.ol(b.li('Bổ sung vốn đầu tư hạ tầng'), b.li('Hỗ trợ đào tạo nghề')),
    b.p(
      'Dòng một',
      b.br(),
      'dòng hai sau ngắt dòng; Word\u000Bngắt\u0001dòng; xem ',
      b.t('cổng thông tin', b.link('https://damha.quangninh.gov.vn')),
      '.',
    ),
    b.table(
      b.tr(b.th('Chỉ tiêu'), b.th('Năm 2021'), b.th('9 tháng 2022')),
      b.tr(b.td('Tỷ trọng trong GRDP'), b.td('11,9%'), b.td('12,3%')),
      b.tr(b.td('Vốn đầu tư (tỷ đồng)'), b.td('32.976', { colspan: 2 })),
      b.tr(b.td('Lao động', { rowspan: 2 }), b.td('9.200 người'), b.td('76,7%')),
      b.tr(b.td('tăng'), b.td('ổn định')),
    ),
    b.figure('jpeg-1', 'Toàn cảnh phòng họp', 'Toàn cảnh hội nghị ', b.t('(Ảnh: Thanh Vân)', b.italic)),
    b.block('byline'),
  )
}

/** Broken photos: truncated PNG, missing asset, WebP, and a figure whose `src` points at the disk. */
export function brokenImages(): Report {
  const good = photoPng(120, 80, 3)
  const truncated = good.subarray(0, good.length - 40)
  const webp = Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1')
  const assets = {
    'broken-png': b.asset('image/png', truncated, 'bi-cat.png'),
    webp: b.asset('image/webp', webp, 'anh.webp'),
    good: b.asset('image/png', good, 'tot.png'),
  }
  return b.reportWith(
    { ...DOCX_CASE, assets },
    b.block('reportTitle'),
    b.p('Đoạn trước ảnh hỏng.'),
    b.figure('broken-png', '', 'Ảnh bị cắt cụt'),
    b.figure('missing', '', 'Ảnh không còn trong bản thảo'),
    b.figure('webp', '', 'Ảnh WebP'),
    {
      type: 'figure',
      attrs: { assetId: '', alt: '', src: 'file:///etc/hostname' },
      content: [b.t('Ảnh dán từ trang web')],
    },
    b.figure('good', '', 'Ảnh còn tốt'),
    b.p('Đoạn sau ảnh hỏng.'),
  )
}

/** The cases with committed golden `word/document.xml` files. */
export const GOLDEN_CASES: ReadonlyArray<{ name: string; report: () => Report }> = [
  { name: 'seed', report: seedReport },
  { name: 'bridgePoints-two', report: twoBridgePoints },
  { name: 'lists-and-table', report: listsAndTable },
  { name: 'figure-broken-image', report: brokenImages },
]
