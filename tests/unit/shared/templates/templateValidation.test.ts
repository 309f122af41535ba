import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseReportText, serializeReport } from '@shared/model/parseReport'
import { defaultSettings } from '@shared/settings/settings'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import { parseTemplateBytes, parseTemplateText } from '@shared/templates/parseTemplate'
import { missingRequiredFields } from '@shared/templates/requiredFields'
import type { Template } from '@shared/templates/templateSchema'
import { reportParagraphs } from '@shared/plainText/reportText'

const TEMPLATES_DIR = fileURLToPath(new URL('../../../../templates/', import.meta.url))
const BUILT_INS = readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json'))

function load(file: string): Template {
  const parsed = parseTemplateBytes(readFileSync(TEMPLATES_DIR + file))
  if (!parsed.ok) throw new Error(`${file}: ${parsed.field}: ${parsed.message}`)
  return parsed.template
}

const valid = () => JSON.parse(readFileSync(TEMPLATES_DIR + 'giao-ban-thuong-truc-tinh-uy.json', 'utf8'))
type Raw = ReturnType<typeof valid>

describe('built-in templates', () => {
  it('are the eight kinds of report the issue names', () => {
    expect(BUILT_INS.map((f) => load(f).name).sort()).toEqual(
      [
        'Báo cáo trống',
        'Giao ban công tác Dân vận',
        'Giao ban công tác Tuyên giáo và dư luận xã hội',
        'Giao ban Thường trực Huyện ủy',
        'Giao ban Thường trực Tỉnh ủy',
        'Hội nghị Ban Thường vụ Huyện ủy',
        'Hội nghị trực tuyến nhiều điểm cầu',
        'Phiên họp thường kỳ UBND huyện',
      ].sort(),
    )
  })

  it.each(BUILT_INS)('%s validates, is named after its id and creates a valid draft', (file) => {
    const template = load(file)
    expect(file).toBe(`${template.id}.json`)
    const settings = defaultSettings()
    settings.profile.author = 'Thu Hiền'
    settings.units[0]!.themes = [{ year: 2022, text: 'Chủ đề công tác năm 2022: "Kỷ cương, hiệu quả"' }]
    let n = 0
    const draft = createDraftFromTemplate(template, {
      id: 'd1',
      now: new Date('2022-09-19T01:00:00Z'),
      date: '2022-09-19',
      settings,
      newId: () => `bp${n++}`,
    })
    const reread = parseReportText(serializeReport(draft))
    expect(reread.ok).toBe(true)
    expect(draft.templateId).toBe(template.id)
    expect(draft.fields.meetingDate).toBe('2022-09-19')
    expect(draft.fields.themeHeader).toEqual({ text: settings.units[0]!.themes[0]!.text, overridden: false })
    expect(draft.fields.byline.author).toBe('Thu Hiền')
    const lines = reportParagraphs(draft)
    expect(lines[0]).toBe(settings.units[0]!.themes[0]!.text)
    expect(lines).toContain(draft.fields.title || lines[1])
    expect(lines.at(-1)).toContain('Thu Hiền (Trung tâm TT-VH)')
    // A fresh draft lacks only what the officer must type: the chair at most.
    expect(
      missingRequiredFields(draft.fields, template).filter((k) => k !== 'chair' && k !== 'title'),
    ).toEqual([])
  })

  it('keeps every template reading as a report: a lead naming the chair in the meeting templates', () => {
    for (const file of BUILT_INS.filter((f) => f !== 'bao-cao-trong.json')) {
      const body = JSON.stringify(load(file).body)
      expect(body, file).toContain('"role":"lead"')
      expect(body, file).toMatch(/"name":"chair"/)
      expect(body, file).toContain('"type":"byline"')
    }
  })
})

interface BrokenCase {
  name: string
  change: (t: Raw) => unknown
  field: string
  message: RegExp
}

const BROKEN: BrokenCase[] = [
  { name: 'period/unknown', change: (t) => ({ ...t, period: 'yearly' }), field: 'period', message: /weekly/ },
  {
    name: 'name/empty',
    change: (t) => ({ ...t, name: '  ' }),
    field: 'name',
    message: /không được để trống/,
  },
  { name: 'id/uppercase', change: (t) => ({ ...t, id: 'Giao Ban' }), field: 'id', message: /chữ thường/ },
  {
    name: 'format/other',
    change: (t) => ({ ...t, format: 'soantin-report' }),
    field: 'format',
    message: /./,
  },
  {
    name: 'top-level/unknown key',
    change: (t) => ({ ...t, colour: 'red' }),
    field: 'colour',
    message: /không có trong định dạng mẫu/,
  },
  {
    name: 'fields/unknown name',
    change: (t) => ({ ...t, fields: [{ name: 'weather' }, ...t.fields] }),
    field: 'fields.0.name',
    message: /./,
  },
  {
    name: 'fields/duplicate',
    change: (t) => ({ ...t, fields: [t.fields[0], ...t.fields] }),
    field: 'fields.1.name',
    message: /hai lần/,
  },
  {
    name: 'defaults/typo',
    change: (t) => ({ ...t, defaults: { ...t.defaults, titel: 'x' } }),
    field: 'defaults.titel',
    message: /không có trong định dạng mẫu/,
  },
  {
    name: 'defaults/undeclared field',
    change: (t) => ({ ...t, defaults: { ...t.defaults, attendees: 'các đồng chí' } }),
    field: 'defaults.attendees',
    message: /không có trong "fields"/,
  },
  {
    name: 'body/unknown node',
    change: (t) => {
      t.body.content[4].type = 'script'
      return t
    },
    field: 'body.content.4.type',
    message: /./,
  },
  {
    name: 'body/text straight in the document',
    change: (t) => {
      t.body.content.push({ type: 'text', text: 'lạc chỗ' })
      return t
    },
    field: 'body',
    message: /không đúng cấu trúc/,
  },
  {
    name: 'body/field not declared',
    change: (t) => ({ ...t, fields: t.fields.filter((f: { name: string }) => f.name !== 'chair') }),
    field: 'body.content.2.content.4.attrs.name',
    message: /"chair" không có trong "fields"/,
  },
  {
    name: 'body/unknown field name',
    change: (t) => {
      t.body.content[2].content[0].attrs.name = 'weather'
      return t
    },
    field: 'body.content.2.content.0.attrs.name',
    message: /không có trường tên "weather"/,
  },
  {
    name: 'body/bridge block without the field',
    change: (t) => ({
      ...t,
      fields: t.fields.filter((f: { name: string }) => f.name !== 'bridgePoints'),
      defaults: { ...t.defaults, bridgePoints: undefined },
    }),
    field: 'body.content.3',
    message: /"bridgePoints"/,
  },
  {
    name: 'body/bridge pattern without place',
    change: (t) => {
      t.body.content[3].attrs.pattern = 'Đồng chí {chair} chủ trì.'
      return t
    },
    field: 'body.content.3.attrs.pattern',
    message: /\{place\}/,
  },
  {
    name: 'body/figure',
    change: (t) => {
      t.body.content.splice(5, 0, { type: 'figure', attrs: { assetId: 'x' }, content: [] })
      return t
    },
    field: 'body.content.5',
    message: /không chứa ảnh/,
  },
]

describe('broken templates', () => {
  it.each(BROKEN)('$name is refused with the field and the problem', ({ change, field, message }) => {
    const parsed = parseTemplateText(JSON.stringify(change(valid())))
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.field).toBe(field)
    expect(parsed.message).toMatch(message)
  })

  it('the unchanged template is accepted, so each case fails for its own change', () => {
    expect(parseTemplateText(JSON.stringify(valid())).ok).toBe(true)
  })

  it('refuses bytes that are not a template file: empty, not UTF-8, not JSON', () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [new Uint8Array(0), /tệp trống/],
      [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /UTF-8/],
      [new TextEncoder().encode('{"format": "soantin-template",'), /không phải JSON/],
    ]
    for (const [bytes, message] of cases) {
      const parsed = parseTemplateBytes(bytes)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.message).toMatch(message)
    }
  })

  it('normalises a decomposed (NFD) template to NFC', () => {
    const parsed = parseTemplateText(JSON.stringify(valid()).normalize('NFD'))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.template.name).toBe('Giao ban Thường trực Tỉnh ủy'.normalize('NFC'))
    expect(parsed.template.name).not.toBe(parsed.template.name.normalize('NFD'))
  })
})
