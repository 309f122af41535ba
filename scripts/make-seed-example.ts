/**
 * Builds `examples/giao-ban-thuong-truc-tinh-uy.soantin` from the Thường trực Tỉnh ủy template, the way
 * an officer would: a draft from the template, the meeting's facts typed once into the fields, the
 * free text written around them, one photo with its caption. Run: `npx tsx scripts/make-seed-example.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BodyNode } from '@shared/model/body'
import { serializeReport } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import { parseTemplateBytes } from '@shared/templates/parseTemplate'
import type { Template } from '@shared/templates/templateSchema'
import { doc, field, figure, p, t } from '../tests/fixtures/builders'
import { encodePng } from './lib/png'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const SEED_TEMPLATE_PATH = resolve(ROOT, 'templates/giao-ban-thuong-truc-tinh-uy.json')
export const SEED_EXAMPLE_PATH = resolve(ROOT, 'examples/giao-ban-thuong-truc-tinh-uy.soantin')
export const SEED_ASSET_ID = 'anh-diem-cau-dam-ha'

const THEME_2020 =
  'Chủ đề công tác năm 2020: "Huyện Đầm Hà tự hào tiến bước dưới cờ Đảng" - Chào mừng kỷ niệm 90 năm Ngày thành lập Đảng Cộng Sản Việt Nam (03/02/1930 - 03/02/2020)'

const LEAD_MIDDLE =
  ' họp giao ban tuần để nghe và cho ý kiến về báo cáo tình hình, kết quả 2 năm thực hiện Nghị quyết số 01-NQ/TU ngày 16/11/2020 của Ban Chấp hành Đảng bộ tỉnh “Về phát triển nhanh, bền vững ngành công nghiệp chế biến, chế tạo giai đoạn 2020-2025, định hướng đến năm 2030” cùng nhiều nội dung khác. Đồng chí '

const RESULTS = [
  'Sau gần 2 năm triển khai theo tinh thần Nghị quyết số 01-NQ/TU, ngành công nghiệp chế biến, chế tạo đã đạt được nhiều kết quả nổi bật, đạt mục tiêu chung đề ra, ngày càng khẳng định là một ngành quan trọng trong nền kinh tế và là một trong những trụ cột chính trong nền kinh tế của tỉnh.',
  'Về cơ bản, đã đạt và vượt đối với các mục tiêu về tỷ trọng trong GRDP, tốc độ tăng trưởng, thu hút vốn đầu tư đề ra tại Nghị quyết. Tỷ trọng ngành công nghiệp chế biến, chế tạo trong cơ cấu GRDP toàn tỉnh ngày càng tăng, năm 2021 đạt 11,9% – tăng 2,1% so với năm 2020, 9 tháng năm 2022 ước đạt 12,3%, tăng 0,4% so với năm 2021 và tăng 2,5% so với năm 2020. Bình quân 2 năm, tốc độ tăng trưởng ngành công nghiệp chế biến, chế tạo đạt xấp xỉ 19% (cao hơn so với mức bình quân đã đề ra theo Nghị quyết 01 là 17%/năm). Tổng vốn đầu tư đạt trên 32.976 tỷ đồng, trong đó nguồn vốn FDI đạt 1.112 triệu USD, đạt 65,8% mục tiêu Nghị quyết đã đề ra. Tổng số lao động ngành công nghiệp chế biến, chế tạo trên địa bàn tỉnh tăng lên khoảng 9.200 người, đạt 76,7% so với mục tiêu bình quân đề ra.',
]

const DIFFICULTIES =
  'Tuy nhiên, tốc độ tăng trưởng của ngành công nghiệp chế biến, chế tạo trong 9 tháng đầu năm 2022 có xu hướng chậm lại so với cùng kỳ do một số dự án công nghiệp chế biến, chế tạo chưa đi vào hoạt động, một số sản phẩm có đóng góp vào GRDP không đạt được sản lượng theo kế hoạch đề ra. Cùng với một số nguyên nhân khách quan, các nguyên nhân chủ quan được thẳng thắn chỉ ra như tiến độ lập Quy hoạch và đầu tư xây dựng hạ tầng một số khu công nghiệp còn chậm; việc triển khai một số dự án hạ tầng KCN còn chưa đáp ứng được yêu cầu.'

const CONCLUSION_TAIL =
  ' yêu cầu: Để tiếp tục thúc đẩy sự phát triển của ngành công nghiệp chế biến, chế tạo trong thời gian tới theo đúng mục tiêu được xác định trong Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, UBND tỉnh cùng các sở, ngành liên quan cần rà soát, đánh giá lại việc hỗ trợ cho nhà đầu tư bên trong KCN liên quan đến vật liệu san lấp; hạ tầng điện, nước đến chân hàng rào trong nội KCN; xử lý nước thải ngoài hàng rào; việc kết nối các hạ tầng kỹ thuật, hạ tầng xã hội xung quanh KCN; hướng đầu tư hạ tầng kết nối từ nguồn ngân sách cho các KCN. Đồng thời, đánh giá lại những nguyên nhân cả khách quan và chủ quan dẫn đến ngành công nghiệp chế biến chế tạo 9 tháng đầu năm sụt giảm…'

const SOLUTIONS =
  ' yêu cầu cần có các giải pháp căn cơ hơn nữa. Trong đó, tiếp tục đổi mới công tác xúc tiến đầu tư, thu hút đầu tư theo hướng chủ động, mang tính chuyên môn cao; nghiên cứu xây dựng, ban hành bộ tiêu chí quan lựa chọn các nhà đầu tư thứ cấp vào các KCN để đảm bảo thực hiện mục tiêu tăng trưởng xanh, phát triển bền vững; thực hiện công khai, minh bạch thông tin quy hoạch tỉnh.'

const LABOUR =
  'Bên cạnh đó, cần phải có giải pháp mạnh mẽ giải quyết bài toán về lao động ở Quảng Ninh nói chung và lao động trong các KKT, KCN nói riêng. Trong đó, cần quan tâm những chính sách để chuyển đổi cơ cấu lao động tại địa phương, chính sách về đào tạo và đào tạo lại lao động để góp phần tăng năng suất lao động, nâng cao năng lực cạnh tranh. Xác định đúng địa bàn động lực, khu vực trung tâm, trọng điểm của trọng điểm để ưu tiên nguồn lực cho đầu tư phát triển.'

const FOLLOW_UP =
  ' yêu cầu Ban Cán sự Đảng UBND tỉnh tiếp thu các ý kiến, tiếp tục hoàn thiện báo cáo, trình Ban Chấp hành Đảng bộ tỉnh.'

const CAPTION = 'Đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư huyện ủy chủ trì tại điểm cầu huyện Đầm Hà'

const SAME_DAY =
  ' cũng nghe và cho ý kiến về báo cáo tình hình, kết quả thực hiện nhiệm vụ trên các mặt công tác của Trạm Kiểm soát liên hợp Km15-BĐDT từ khi thành lập đến nay; phương án phòng, chống buôn lậu, gian lận thương mại và đề xuất một số nội dung hoạt động của Trạm trong thời gian tới; công tác chuẩn bị, triển khai các điều kiện cần thiết đăng cai tổ chức Đại hội Thể thao toàn quốc lần thứ IX năm 2022 tại tỉnh Quảng Ninh.'

/**
 * Replaces the text runs of a template paragraph, in order, keeping its field nodes where the template
 * put them: the officer writes around the fields, never over them.
 */
function fillRuns(block: BodyNode, runs: string[]): BodyNode {
  const content = block.content ?? []
  const textCount = content.filter((n) => n.type === 'text').length
  if (textCount !== runs.length) {
    throw new Error(`Đoạn mẫu có ${textCount} đoạn chữ nhưng được điền ${runs.length}.`)
  }
  let i = 0
  return { ...block, content: content.map((n) => (n.type === 'text' ? t(runs[i++] ?? '') : n)) }
}

/** The one template block of `type` (and paragraph `role`) in the skeleton; throws if the template lacks it. */
function takeBlock(blocks: BodyNode[], predicate: (b: BodyNode) => boolean, what: string): BodyNode {
  const found = blocks.find(predicate)
  if (!found) throw new Error(`Mẫu thiếu khối "${what}".`)
  return found
}

const startsWith = (block: BodyNode, prefix: string) => block.content?.[0]?.text?.startsWith(prefix) ?? false

/**
 * The article capitalises "Đồng chí" after the comma, where the template writes the common noun in
 * small letters; the report keeps the article's own wording in its bridge-point block, as a unit's own
 * template would.
 */
const SEED_BRIDGE_POINT_PATTERN = 'Tại điểm cầu {place}, Đồng chí {chair} chủ trì cuộc họp.'

function withPattern(block: BodyNode, pattern: string): BodyNode {
  return { ...block, attrs: { ...block.attrs, pattern } }
}

/** The seed article as a report made from the template (deterministic: fixed id, clock and picture). */
export function buildSeedReport(template: Template): Report {
  let ids = 0
  const report = createDraftFromTemplate(template, {
    id: 'seed-giao-ban-thuong-truc-tinh-uy',
    now: new Date('2022-09-19T10:30:00.000Z'),
    date: '2022-09-19',
    newId: () => `diem-cau-${++ids}`,
  })
  const f = report.fields
  // The portal kept 2020's theme on this 2022 article; the report overrides the year's theme to match it.
  f.themeHeader = { text: THEME_2020, overridden: true }
  f.chair = {
    name: 'Nguyễn Xuân Ký',
    titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
    separator: 'comma',
  }
  const point = f.bridgePoints[0]
  if (!point) throw new Error('Mẫu phải có sẵn điểm cầu của huyện.')
  point.chair = { name: 'Đỗ Thị Ninh Hường', titles: ['TUV', 'Bí thư Huyện ủy'], separator: 'endash' }
  f.byline = { prefix: '', author: 'Thu Hiền', unit: 'Trung tâm TT-VH' }

  const skeleton = report.body.content ?? []
  const lead = takeBlock(skeleton, (b) => b.attrs?.role === 'lead', 'mở đầu')
  const conclusion = takeBlock(skeleton, (b) => b.attrs?.role === 'conclusion', 'kết luận')
  const sameDay = takeBlock(skeleton, (b) => startsWith(b, 'Cùng ngày'), 'Cùng ngày')
  const block = (type: string) => takeBlock(skeleton, (b) => b.type === type, type)

  report.body = doc(
    block('themeHeader'),
    block('reportTitle'),
    fillRuns(lead, [', ', LEAD_MIDDLE, ' chủ trì.']),
    withPattern(block('bridgePoints'), SEED_BRIDGE_POINT_PATTERN),
    ...RESULTS.map((result) => p(result)),
    p(DIFFICULTIES),
    fillRuns(conclusion, ['Kết luận nội dung này, ', CONCLUSION_TAIL]),
    p('Trên cơ sở đánh giá lại, ', field('presidingBody'), SOLUTIONS),
    p(LABOUR),
    p(field('presidingBody'), FOLLOW_UP),
    figure(SEED_ASSET_ID, 'Hình minh họa: phòng họp trực tuyến tại điểm cầu huyện Đầm Hà', CAPTION),
    fillRuns(sameDay, ['Cùng ngày, ', SAME_DAY]),
    block('byline'),
  )
  const png = illustrationPng()
  report.assets = {
    [SEED_ASSET_ID]: {
      mime: 'image/png',
      data: Buffer.from(png.bytes).toString('base64'),
      name: 'diem-cau-dam-ha.png',
      width: png.width,
      height: png.height,
    },
  }
  return report
}

type Rgb = readonly [number, number, number]

/** A drawing surface of RGB pixels with the few shapes the illustration needs. */
class Canvas {
  readonly pixels: Uint8Array
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3)
  }
  set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return
    this.pixels.set(c, (y * this.width + x) * 3)
  }
  rect(x: number, y: number, w: number, h: number, c: Rgb): void {
    for (let j = Math.max(0, y); j < Math.min(this.height, y + h); j++)
      for (let i = Math.max(0, x); i < Math.min(this.width, x + w); i++) this.set(i, j, c)
  }
  ellipse(cx: number, cy: number, rx: number, ry: number, c: Rgb): void {
    for (let j = Math.floor(cy - ry); j <= cy + ry; j++)
      for (let i = Math.floor(cx - rx); i <= cx + rx; i++)
        if (((i - cx) / rx) ** 2 + ((j - cy) / ry) ** 2 <= 1) this.set(i, j, c)
  }
  /** A five-pointed star, filled by testing each pixel against the star polygon. */
  star(cx: number, cy: number, r: number, c: Rgb): void {
    const pts: Array<[number, number]> = []
    for (let k = 0; k < 10; k++) {
      const a = -Math.PI / 2 + (k * Math.PI) / 5
      const rr = k % 2 === 0 ? r : r * 0.4
      pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)])
    }
    for (let j = Math.floor(cy - r); j <= cy + r; j++)
      for (let i = Math.floor(cx - r); i <= cx + r; i++) {
        let inside = false
        for (let a = 0, b = pts.length - 1; a < pts.length; b = a++) {
          const [xa, ya] = pts[a] as [number, number]
          const [xb, yb] = pts[b] as [number, number]
          if (ya > j !== yb > j && i < ((xb - xa) * (j - ya)) / (yb - ya) + xa) inside = !inside
        }
        if (inside) this.set(i, j, c)
      }
  }
  /** Head and shoulders of a person seen from the front. */
  person(cx: number, top: number, scale: number, suit: Rgb, skin: Rgb): void {
    this.ellipse(cx, top + 30 * scale, 34 * scale, 26 * scale, suit)
    this.rect(
      Math.round(cx - 34 * scale),
      Math.round(top + 30 * scale),
      Math.round(68 * scale),
      Math.round(22 * scale),
      suit,
    )
    this.ellipse(cx, top, 13 * scale, 16 * scale, skin)
    this.ellipse(cx, top - 9 * scale, 13 * scale, 8 * scale, [40, 32, 30])
  }
}

/** Encodes the canvas as a PNG (8-bit truecolour, no filtering, deflated at level 9). */
export function canvasPng(canvas: Canvas): Uint8Array {
  return encodePng({ width: canvas.width, height: canvas.height, channels: 3, pixels: canvas.pixels }, 9)
}

/**
 * The example's photo, drawn here so the project ships no outside picture: a meeting room at the
 * district's bridge point, the province's main venue and other bridge points on the screen.
 */
export function illustrationPng(): { bytes: Uint8Array; width: number; height: number } {
  const W = 640
  const H = 400
  const c = new Canvas(W, H)
  const wall: Rgb = [236, 228, 212]
  const red: Rgb = [200, 32, 36]
  const yellow: Rgb = [255, 214, 0]
  const skin: Rgb = [236, 196, 160]
  c.rect(0, 0, W, H, wall)
  c.rect(0, 0, W, 46, red)
  c.star(40, 23, 16, yellow)
  c.rect(70, 20, 520, 6, [242, 190, 60])
  // The screen: the main venue large, the other bridge points as tiles.
  c.rect(150, 62, 340, 196, [30, 34, 44])
  c.rect(156, 68, 216, 184, [70, 96, 140])
  c.rect(156, 200, 216, 52, [120, 40, 36])
  c.person(264, 128, 1.3, [38, 44, 60], skin)
  const tiles: Array<[number, number]> = [
    [378, 68],
    [378, 130],
    [378, 192],
  ]
  for (const [x, y] of tiles) {
    c.rect(x, y, 106, 58, [84, 110, 150])
    c.person(x + 53, y + 24, 0.55, [44, 52, 70], skin)
  }
  // The long table at the district venue, with its red cloth, microphones and the chair's nameplate.
  c.rect(0, 300, W, 100, [120, 30, 28])
  c.rect(0, 296, W, 8, [150, 48, 40])
  for (let k = 0; k < 5; k++) {
    const x = 74 + k * 123
    c.person(x, 250, 0.9, k === 2 ? [28, 32, 44] : [52, 60, 78], skin)
    c.rect(x - 2, 276, 4, 22, [20, 20, 20])
    c.ellipse(x, 274, 5, 5, [20, 20, 20])
  }
  c.rect(292, 318, 56, 18, [250, 250, 245])
  for (let k = 0; k < 4; k++) c.rect(300 + k * 11, 325, 7, 3, [60, 60, 60])
  return { bytes: canvasPng(c), width: W, height: H }
}

/** Reads and validates the seed's template; a broken template stops the script with its problem. */
export function loadSeedTemplate(): Template {
  const parsed = parseTemplateBytes(readFileSync(SEED_TEMPLATE_PATH))
  if (!parsed.ok) throw new Error(`Mẫu hỏng, trường "${parsed.field}": ${parsed.message}`)
  return parsed.template
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = buildSeedReport(loadSeedTemplate())
  writeFileSync(SEED_EXAMPLE_PATH, serializeReport(report))
  console.log(`Đã ghi ${SEED_EXAMPLE_PATH}`)
}
