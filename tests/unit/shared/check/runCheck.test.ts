import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/check/checkReport'
import { CHECK_RULES, type Finding, type RuleId } from '@shared/check/findings'
import type { Report } from '@shared/model/report'
import { personRecordSchema, type PersonRecord } from '@shared/people/people'
import { defaultSettings, type Settings } from '@shared/settings/settings'
import { fieldTextSlots } from '@shared/templates/fieldTextSlots'
import { parseTemplateText } from '@shared/templates/parseTemplate'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bodyCheckBlocks } from '@shared/check/bodyCheckBlocks'
import {
  DAM_HA_BRIDGE_POINT,
  field,
  figure,
  leadParagraph,
  p,
  pa,
  reportWith,
  table,
  td,
  tr,
} from '../../../fixtures/builders'
import { seedReport } from '../export/html/seedExample'

const TEMPLATE = (() => {
  const parsed = parseTemplateText(
    readFileSync(join(__dirname, '../../../../templates/giao-ban-thuong-truc-tinh-uy.json'), 'utf8'),
  )
  if (!parsed.ok) throw new Error('template')
  return parsed.template
})()

interface Options {
  settings?: Settings
  directory?: PersonRecord[]
}
const check = (r: Report, { settings = defaultSettings(), directory = [] }: Options = {}) =>
  checkReport(r, { settings, template: TEMPLATE, directory })
const rules = (r: Report, options?: Options) => check(r, options).map((f) => f.rule)

/** A photo big enough to print and light enough for the web. */
function withGoodPhoto(r: Report, id = 'anh'): string {
  r.assets[id] = { mime: 'image/jpeg', data: 'AAAA', name: 'anh.jpg', width: 2400, height: 1600 }
  return id
}

/** A clean report: the seed's facts, a lead made of fields, body paragraphs, a photo, a table. */
function clean(): Report {
  const r = reportWith(
    { bridgePoints: [{ ...DAM_HA_BRIDGE_POINT }] },
    leadParagraph(),
    p(
      'Sau gần 2 năm triển khai, tổng vốn đầu tư đạt trên 32.976 tỷ đồng, tăng 11,9% so với năm 2021 (cao hơn mục tiêu).',
    ),
    p(
      'Thường trực Tỉnh ủy yêu cầu UBND tỉnh “tiếp tục hoàn thiện” báo cáo; Bí thư Tỉnh ủy nhấn mạnh: cần làm ngay.',
    ),
    table(tr(td('Chỉ tiêu'), td('Kết quả')), tr(td('a) Vốn FDI'), td('1.112 triệu USD'))),
  )
  const id = withGoodPhoto(r)
  r.body.content!.push(figure(id, 'Quang cảnh hội nghị', 'Quang cảnh hội nghị giao ban'))
  r.body.content!.push(
    p('Cùng ngày, Thường trực Tỉnh ủy nghe báo cáo về công tác chuẩn bị Đại hội Thể thao.'),
  )
  return r
}

/** The body paragraph `i` (0 = the lead) replaced by one with `text`. */
function withParagraph(text: string, role?: 'lead'): Report {
  const r = clean()
  r.body.content!.splice(1, 0, role ? pa({ role }, text) : p(text))
  if (role) r.body.content!.splice(0, 1)
  return r
}

/** Applies a finding's fix to the stored report, as the app does in the editor or the panel. */
function applyFix(r: Report, f: Finding): Report {
  const next = structuredClone(r)
  if (!f.fix) throw new Error(`${f.rule} has no fix`)
  if (f.place.kind === 'field') {
    const { from, to, slot: id } = f.place
    const slot = fieldTextSlots(next.fields).find((s) => s.id === id)!
    next.fields = slot.write(next.fields, slot.text.slice(0, from) + f.fix.text + slot.text.slice(to))
    return next
  }
  // The body's text blocks in order, as bodyCheckBlocks counts them; only plain-text paragraphs here.
  const { block, from, to } = f.place
  let n = -1
  const visit = (node: NonNullable<Report['body']['content']>[number]): boolean => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'figure') {
      if (++n !== block) return false
      const text = node.content?.[0]
      if (node.content?.length !== 1 || text?.type !== 'text')
        throw new Error('fixes are tested on plain paragraphs')
      text.text = text.text!.slice(0, from) + f.fix!.text + text.text!.slice(to)
      return true
    }
    return (node.content ?? []).some(visit)
  }
  visit(next.body)
  return next
}

describe('the pre-publication check', () => {
  it('is silent on a clean report', () => {
    expect(check(clean())).toEqual([])
  })

  it('reports the seed article’s real slips and nothing else', () => {
    const findings = check(seedReport())
    expect(findings.map((f) => [f.rule, f.place.kind])).toEqual([
      ['theme-year', 'field'],
      // The example's stand-in photo is 640 pixels wide: about 99 ppi across the A4 text width.
      ['photo-print-size', 'body'],
      ['office-capitalisation', 'body'],
    ])
    const capitals = findings[2]!
    expect(capitals.excerpt).toContain('Bí thư huyện ủy chủ trì')
    expect(capitals.fix?.text).toBe('Huyện ủy')
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['theme-year'])
  })

  it('reads the same blocks from a stored body as the editor holds, fields and breaks one character each', () => {
    const blocks = bodyCheckBlocks(seedReport().body, seedReport().assets)
    expect(blocks[0]!.text.startsWith('\uFFFC, \uFFFC họp giao ban')).toBe(true)
    expect(blocks[0]!.role).toBe('lead')
    expect(blocks.filter((b) => b.photo).map((b) => b.photo!.pixelWidth)).toEqual([640])
  })

  // Each rule on a case made for it: it fires, and where it has a fix, the fix silences it.
  const cases: [RuleId, () => Report, Options?][] = [
    [
      'required-field',
      () => {
        const r = clean()
        r.fields.chair = null
        return r
      },
    ],
    ['placeholder', () => withParagraph('Sau … triển khai, ngành đã đạt nhiều kết quả.')],
    [
      'placeholder',
      () => {
        const r = clean()
        r.fields.chair = { name: '[Người chủ trì]', titles: [], separator: 'comma' }
        return r
      },
    ],
    [
      'theme-year',
      () => {
        const r = clean()
        r.fields.themeHeader = { text: 'Chủ đề công tác năm 2020: "Đoàn kết"', overridden: true }
        return r
      },
    ],
    ['lead-date', () => withParagraph('Ngày 20/9, Thường trực Tỉnh ủy họp giao ban tuần.', 'lead')],
    ['lead-weekday', () => withParagraph('Sáng thứ Ba (19/9), Thường trực Tỉnh ủy họp giao ban.', 'lead')],
    ['legacy-encoding', () => withParagraph('§ång chÝ Hoµng ThÞ Mai Anh chñ tr× héi nghÞ giao ban.')],
    [
      'photo-caption',
      () => {
        const r = clean()
        r.body.content!.push(figure(withGoodPhoto(r, 'hai'), 'Đại biểu dự họp'))
        return r
      },
    ],
    [
      'photo-alt',
      () => {
        const r = clean()
        r.body.content!.push(figure(withGoodPhoto(r, 'hai'), '', 'Đại biểu dự họp'))
        return r
      },
    ],
    [
      'photo-print-size',
      () => {
        const r = clean()
        r.assets.nho = { mime: 'image/jpeg', data: 'AAAA', name: 'nho.jpg', width: 480, height: 320 }
        r.body.content!.push(figure('nho', 'Đại biểu', 'Đại biểu dự họp'))
        return r
      },
    ],
    [
      'photo-web-weight',
      () => {
        const r = clean()
        r.assets.nang = {
          mime: 'image/png',
          data: 'A'.repeat(2_000_000),
          name: 'nang.png',
          width: 1500,
          height: 1000,
        }
        r.body.content!.push(figure('nang', 'Đại biểu', 'Đại biểu dự họp'))
        return r
      },
    ],
    ['not-nfc', () => withParagraph('Hội nghị diễn ra tại huyện Đầm Hà.'.normalize('NFD'))],
    ['mixed-tone-style', () => withParagraph('Công tác hoà giải ở cơ sở được chú trọng.')],
    ['english-number', () => withParagraph('Tổng thu đạt 1,234.5 tỷ đồng trong năm.')],
    ['double-space', () => withParagraph('Tổng thu đạt  nhiều tỷ đồng.')],
    ['space-before-punctuation', () => withParagraph('Tổng thu đạt nhiều tỷ đồng , tăng mạnh.')],
    ['missing-space-after-punctuation', () => withParagraph('Tổng thu tăng,vượt kế hoạch.')],
    ['unbalanced-quotes', () => withParagraph('Nghị quyết “Về phát triển nhanh, bền vững được ban hành.')],
    ['unbalanced-brackets', () => withParagraph('Tổng thu (gồm cả vốn FDI tăng mạnh.')],
    [
      'person-title-mismatch',
      () => {
        const r = clean()
        r.fields.bridgePoints = [
          {
            id: 'bp',
            place: 'huyện Đầm Hà',
            chair: { name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'], separator: 'comma' },
            note: '',
          },
        ]
        return r
      },
    ],
    [
      'directory-title',
      () => {
        const r = clean()
        r.fields.chair!.titles = ['Ủy viên Trung ương Đảng', 'Bí thư tỉnh ủy']
        return r
      },
      {
        directory: [
          personRecordSchema.parse({
            name: 'Nguyễn Xuân Ký',
            titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'],
            uses: 3,
          }),
        ],
      },
    ],
    ['office-capitalisation', () => withParagraph('Đồng chí Bí thư tỉnh ủy phát biểu kết luận.')],
    [
      'closing-mark',
      () => clean(),
      (() => {
        const settings = defaultSettings()
        settings.units[0]!.closingMark = './.'
        return { settings }
      })(),
    ],
  ]

  it('has a case for every rule', () => {
    expect(new Set(cases.map(([rule]) => rule))).toEqual(new Set(Object.keys(CHECK_RULES)))
  })

  it.each(cases)('%s fires on its case, and its fix silences it', (rule, make, options) => {
    const r = make()
    const found = check(r, options).filter((f) => f.rule === rule)
    expect(found.length).toBeGreaterThan(0)
    expect(found[0]!.severity).toBe(CHECK_RULES[rule])
    expect(found[0]!.message.vi).not.toBe('')
    expect(found[0]!.message.en).not.toBe('')
    const fix = found.find((f) => f.fix)
    if (fix) expect(rules(applyFix(r, fix), options).filter((x) => x === rule)).toHaveLength(found.length - 1)
  })

  it('leaves abbreviations, decimals, times, links and list markers alone', () => {
    const r = withParagraph(
      'TP.Hạ Long, PGS.TS Nguyễn Văn A, lúc 8:30, tỷ lệ 1,5%, xem www.quangninh.gov.vn/tin,bai hoặc a) và b) sau; công nghiệp 4.0 ./.',
    )
    expect(rules(r)).toEqual([])
  })

  it('does not count a capital that opens a sentence as a different spelling', () => {
    expect(
      rules(withParagraph('Các đồng chí bí thư đảng ủy xã dự họp. Đảng ủy các xã đã chỉ đạo sát sao.')),
    ).toEqual([])
  })

  it('accepts a lead opening with the date field, and a later date in the lead', () => {
    const r = clean()
    r.body.content![0] = pa(
      { role: 'lead' },
      field('dateLead'),
      ', Thường trực Tỉnh ủy nghe báo cáo ngày 16/11/2020.',
    )
    expect(rules(r)).toEqual([])
  })
})
