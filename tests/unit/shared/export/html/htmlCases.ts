import type { HtmlExportOptions } from '@shared/export/html/exportHtml'
import type { Report } from '@shared/model/report'
import type { BodyNode } from '@shared/model/body'
import {
  DAM_HA_BRIDGE_POINT,
  leadParagraph,
  block,
  bold,
  br,
  bridgePoints,
  td,
  field,
  figure,
  h,
  italic,
  li,
  link,
  ol,
  olFrom,
  p,
  pa,
  report,
  t,
  table,
  th,
  tr,
  ul,
  withPhoto,
} from '../../../../fixtures/builders'

interface HtmlCase {
  /** "area/variant", as in the golden-file convention. */
  name: string
  report: Report
  options?: HtmlExportOptions
}

function full(): Report {
  const r = report(
    block('themeHeader'),
    block('reportTitle'),
    leadParagraph(),
    bridgePoints(),
    p('Tỷ trọng ngành công nghiệp chế biến, chế tạo năm 2021 đạt 11,9%, tổng vốn đầu tư đạt 32.976 tỷ đồng.'),
    h(2, 'Các nhiệm vụ trọng tâm'),
    ul(li(p('Rà soát quy hoạch'), ol(li(p('Báo cáo trước 30/9')))), li(p('Đào tạo lao động'))),
    table(tr(th('Chỉ tiêu'), th('Kết quả')), tr(td('GRDP'), td('12,3%'))),
    figure(
      'photo-1',
      'Đồng chí chủ trì tại điểm cầu',
      'Đồng chí Đỗ Thị Ninh Hường – TUV chủ trì',
      t(' (Ảnh: Thanh Vân)', italic),
    ),
    h(3, 'Ý kiến kết luận'),
    { type: 'blockquote', content: [p('Phải quyết liệt hơn nữa.')] },
    pa({ role: 'conclusion' }, 'Kết luận nội dung này, Thường trực Tỉnh ủy yêu cầu: ...'),
    { type: 'horizontalRule' },
    block('byline'),
  )
  r.fields.bridgePoints = [{ ...DAM_HA_BRIDGE_POINT }]
  withPhoto(r, 'photo-1')
  return r
}

function twoBridgePoints(): Report {
  const r = report(block('reportTitle'), bridgePoints(), block('byline'))
  r.fields.bridgePoints = [
    { ...DAM_HA_BRIDGE_POINT, id: 'a' },
    { id: 'b', place: 'huyện Hải Hà', chair: null, note: 'Có 12 điểm cầu tại 12 xã, thị trấn.' },
  ]
  return r
}

function customPattern(): Report {
  const r = report(bridgePoints('Dự hội nghị tại điểm cầu {place} có ông {chair}.', 'Điểm cầu {place}.'))
  r.fields.bridgePoints = [
    {
      id: 'a',
      place: 'Hưng Yên',
      chair: { name: 'Trần Văn A', titles: ['Phó Chủ tịch UBND tỉnh'], separator: 'comma' },
      note: '',
    },
  ]
  return r
}

function brokenImage(): Report {
  const r = report(p('Trước ảnh.'), figure('bad', 'Ảnh hỏng', 'Chú thích ảnh hỏng'), p('Sau ảnh.'))
  r.assets.bad = {
    mime: 'image/png',
    data: Buffer.from('<svg onload="alert(1)"></svg>').toString('base64'),
    name: 'x.png',
  }
  return r
}

function filesMode(): Report {
  const r = report(
    block('reportTitle'),
    figure('a', 'Ảnh một', 'Chú thích một'),
    figure('b', 'Ảnh hai', 'Chú thích hai'),
    figure('a', 'Ảnh một lần nữa', 'Dùng lại ảnh một'),
  )
  withPhoto(r, 'a', 'Đồng chí chủ trì tại Đầm Hà.png', 1)
  withPhoto(r, 'b', 'ảnh.PNG', 2)
  return r
}

function noAlt(): Report {
  const r = report(figure('a', '', 'Chú thích làm mô tả'), figure('a', '   '))
  withPhoto(r, 'a')
  return r
}

/** A photo at half the column and one credited under the byline: both still valid pages. */
function widthAndCredit(placement: Report['fields']['photoCreditPlacement']): Report {
  const half: BodyNode = { type: 'figure', attrs: { assetId: 'a', alt: 'Ảnh', width: 50 }, content: [] }
  const r = report(half, figure('a', 'Ảnh', 'Chú thích'), block('byline'))
  r.fields.photoCredit = 'Thanh Vân'
  r.fields.photoCreditPlacement = placement
  withPhoto(r, 'a')
  return r
}

function raggedTable(): Report {
  return report(
    table(
      tr(th('A'), th('B', { colspan: 3 })),
      tr(td('1')),
      tr(td('2', { rowspan: 5 }), td('3'), td('4'), td('5'), td('6')),
      tr(td('7', { colspan: 2 })),
    ),
    table(tr(td('một ô rộng', { colspan: 3 }))),
    table(tr(th('Tiêu đề', { rowspan: 2 }), th('B')), tr(td('C'))),
    table(),
  )
}

function noHeaderTable(): Report {
  return report(table(tr(td('a'), td('b')), tr(td('c'), td('d'))))
}

function lists(): Report {
  return report(
    olFrom(3, li(p('Mục ba')), li(p('Mục bốn'), p('Đoạn thứ hai của mục bốn'))),
    ul(li(p('Chấm'), ul(li(p('Chấm con'))))),
    ul(),
    { type: 'orderedList', attrs: { start: 1, type: 'a' }, content: [li(p('mục a'))] },
  )
}

function overlappingMarks(): Report {
  return report(
    p(
      'Thường ',
      t('đậm ', bold),
      t('đậm nghiêng ', bold, italic),
      t('nghiêng', italic),
      t(' gạch chân', { type: 'underline' }),
      t(' gạch ngang', { type: 'strike' }),
      ' và ',
      t('liên kết đậm', link('https://damha.quangninh.gov.vn/tin-tuc?id=1&x=2'), bold),
      t(' liên kết', link('https://damha.quangninh.gov.vn/tin-tuc?id=1&x=2')),
    ),
  )
}

function links(): Report {
  return report(
    p(
      t('web', link('https://quangninh.gov.vn')),
      t(' mail', link('mailto:ttvh@damha.gov.vn')),
      t(' js', link('javascript:alert(1)')),
      t(' rel', link('/tin-tuc/1')),
      t(' file', link('file:///etc/passwd')),
      t(' data', link('data:text/html,<script>alert(1)</script>')),
      t(' cred', link('https://user:pass@example.com/')),
    ),
  )
}

function escaping(): Report {
  const r = report(
    block('themeHeader'),
    block('reportTitle'),
    p(t('a < b && c > d, "trích dẫn" và \'nháy đơn\' </p><p>')),
    figure('a', 'Ảnh "đẹp" <b>', 'Chú thích <i>không</i> phải thẻ & ký hiệu'),
    block('byline'),
  )
  r.fields.title = 'Tiêu đề <có> & "dấu nháy"'
  r.fields.themeHeader.text = 'Chủ đề <2022> & "khẩu hiệu"'
  r.fields.byline = { prefix: 'Tin, ảnh:', author: 'A & B', unit: '<Trung tâm>' }
  withPhoto(r, 'a')
  return r
}

function controlChars(): Report {
  return report(
    p(t('Hà\u0001Nội\u000bdòng mới\r\ndòng nữa\u0007 kết thúc \ufffe\ud800')),
    p('Đoạn có ngắt', br(), 'dòng'),
  )
}

function nfd(): Report {
  const r = report(
    block('reportTitle'),
    p(t('Đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì'.normalize('NFD'))),
  )
  r.fields.title = 'Giao ban Thường trực Tỉnh ủy'.normalize('NFD')
  return r
}

function malformed(): Report {
  return report(
    t('Chữ nằm ngay trong doc'),
    p('Đoạn chứa ', table(tr(td('bảng lạc chỗ'))), ' và tiếp'),
    tr(td('hàng lạc chỗ')),
    li(p('mục lạc chỗ')),
    td('ô lạc chỗ'),
    ul(p('đoạn trong danh sách')),
    table(p('đoạn trong bảng'), tr(p('đoạn trong hàng'))),
    p(field('khongCo'), 'trường lạ'),
    p(),
    p('   '),
    h(2),
  )
}

function headings(): Report {
  return report(
    h(1, 'Cấp một'),
    h(5, 'Cấp năm'),
    h(3, 'Cấp ba'),
    { type: 'heading', content: [t('Không cấp')] },
    block('reportTitle'),
    h(4, 'Sau tiêu đề'),
    h(4, 'Cấp bốn'),
  )
}

function emptyReport(): Report {
  const r = report(p())
  r.fields.title = ''
  r.fields.byline = { prefix: '', author: '', unit: '' }
  return r
}

/** Every case the exporter is checked on; each is also run through the W3C Nu checker. */
export function htmlCases(): HtmlCase[] {
  return [
    { name: 'structure/full', report: full() },
    { name: 'bridgePoints/empty', report: report(block('reportTitle'), bridgePoints(), p('Thân bài.')) },
    { name: 'bridgePoints/two', report: twoBridgePoints() },
    { name: 'bridgePoints/customPattern', report: customPattern() },
    { name: 'figure/broken', report: brokenImage() },
    { name: 'figure/missing', report: report(figure('khong-co', 'Ảnh', 'Chú thích')) },
    { name: 'figure/noAlt', report: noAlt() },
    { name: 'figure/halfWidthCaptionCredit', report: widthAndCredit('caption') },
    { name: 'figure/bylineCredit', report: widthAndCredit('byline') },
    {
      name: 'figure/filesMode',
      report: filesMode(),
      options: { images: { kind: 'files', folderUrl: 'bao-cao-anh' } },
    },
    { name: 'table/ragged', report: raggedTable() },
    { name: 'table/noHeader', report: noHeaderTable() },
    { name: 'lists/startAndNested', report: lists() },
    { name: 'marks/overlapping', report: overlappingMarks() },
    { name: 'links/safeAndUnsafe', report: links() },
    { name: 'text/escaping', report: escaping() },
    { name: 'text/controlChars', report: controlChars() },
    { name: 'text/nfd', report: nfd() },
    { name: 'malformed/nesting', report: malformed() },
    { name: 'headings/levels', report: headings() },
    { name: 'empty', report: emptyReport() },
  ]
}
