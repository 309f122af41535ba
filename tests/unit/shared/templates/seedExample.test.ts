import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { bylineText, fieldText } from '@shared/body/fieldText'
import { sniffImageMime } from '@shared/images/sniffImage'
import type { BodyNode } from '@shared/model/body'
import { parseReportBytes } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { reportParagraphs } from '@shared/plainText/reportText'
import {
  buildSeedReport,
  loadSeedTemplate,
  SEED_ASSET_ID,
  SEED_EXAMPLE_PATH,
} from '../../../../scripts/make-seed-example'
import { crc32 } from '../../../../scripts/lib/png'
import { readSeedText } from '../../../fixtures/seedText'

/** The seed's paragraphs: blank-line separated; the byline is pushed right with no-break spaces, so trim it. */
function seedParagraphs(): string[] {
  const text = readSeedText()
  const paragraphs = text.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '')
  const last = paragraphs.length - 1
  return paragraphs.map((p, i) => (i === last ? p.trim() : p.replace(/\n$/, '')))
}

function loadExample(): Report {
  const parsed = parseReportBytes(readFileSync(SEED_EXAMPLE_PATH))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.report
}

const blocks = (report: Report) => report.body.content ?? []
const fieldNames = (node: BodyNode) =>
  (node.content ?? []).filter((n) => n.type === 'field').map((n) => String(n.attrs?.name))

describe('the seed example', () => {
  const expected = seedParagraphs()
  const report = loadExample()

  it('reproduces every paragraph of the seed article exactly, in order', () => {
    expect(expected.length).toBe(14)
    const actual = reportParagraphs(report)
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
      expect({ i, text: actual[i] }).toEqual({ i, text: expected[i] })
    }
  })

  it('starts with the theme header block, then the title block, both from their fields', () => {
    const [first, second] = blocks(report)
    expect(first?.type).toBe('themeHeader')
    expect(report.fields.themeHeader.text).toBe(expected[0])
    expect(second?.type).toBe('reportTitle')
    expect(report.fields.title).toBe('Giao ban Thường trực Tỉnh ủy')
  })

  it('names the chair in the lead through the chair field', () => {
    const lead = blocks(report).find((b) => b.attrs?.role === 'lead')
    if (!lead) throw new Error('no lead paragraph')
    expect(fieldNames(lead)).toEqual(['dateLead', 'presidingBody', 'chair'])
    expect(fieldText(report.fields, 'chair')).toBe(
      'Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh',
    )
    const changed = structuredClone(report)
    if (!changed.fields.chair) throw new Error('no chair')
    changed.fields.chair.name = 'Nguyễn Văn A'
    changed.fields.meetingDate = '2022-09-26'
    const lines = reportParagraphs(changed)
    expect(lines[2]).toMatch(/^Ngày 26\/9, Thường trực Tỉnh ủy họp giao ban tuần/)
    expect(lines[2]).toContain('Đồng chí Nguyễn Văn A, Ủy viên Trung ương Đảng')
  })

  it('writes the bridge point sentence from the bridge point record', () => {
    expect(blocks(report)[3]?.type).toBe('bridgePoints')
    expect(report.fields.bridgePoints).toHaveLength(1)
    const [point] = report.fields.bridgePoints
    expect(point?.place).toBe('huyện Đầm Hà')
    expect(point?.chair).toEqual({
      name: 'Đỗ Thị Ninh Hường',
      titles: ['TUV', 'Bí thư Huyện ủy'],
      separator: 'endash',
    })
    const changed = structuredClone(report)
    changed.fields.bridgePoints[0]!.place = 'huyện Tiên Yên'
    expect(reportParagraphs(changed)[3]).toBe(
      'Tại điểm cầu huyện Tiên Yên, Đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì cuộc họp.',
    )
  })

  it('puts the photo caption under a figure whose picture is a real PNG made by the project', () => {
    const figure = blocks(report).find((b) => b.type === 'figure')
    if (!figure) throw new Error('no figure')
    expect(figure.attrs?.assetId).toBe(SEED_ASSET_ID)
    expect(String(figure.attrs?.alt).length).toBeGreaterThan(10)
    expect(figure.content).toEqual([{ type: 'text', text: expected[11] }])
    const asset = report.assets[SEED_ASSET_ID]
    if (!asset) throw new Error('no asset')
    const png = Buffer.from(asset.data, 'base64')
    expect(sniffImageMime(png)).toBe('image/png')
    let offset = 8
    const idat: Buffer[] = []
    const types: string[] = []
    while (offset < png.length) {
      const length = png.readUInt32BE(offset)
      const type = png.toString('latin1', offset + 4, offset + 8)
      const body = png.subarray(offset + 4, offset + 8 + length)
      expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(body))
      if (type === 'IHDR') {
        expect(png.readUInt32BE(offset + 8)).toBe(asset.width)
        expect(png.readUInt32BE(offset + 12)).toBe(asset.height)
      }
      if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length))
      types.push(type)
      offset += 12 + length
    }
    expect(types).toEqual(['IHDR', 'IDAT', 'IEND'])
    const pixels = inflateSync(Buffer.concat(idat))
    expect(pixels.length).toBe((asset.width! * 3 + 1) * asset.height!)
    const distinct = new Set<number>()
    for (let i = 1; i < pixels.length; i += 97) distinct.add(pixels[i]!)
    expect(distinct.size).toBeGreaterThan(5)
  })

  it('closes with the byline block, right-aligned by its node, from the byline field', () => {
    const last = blocks(report).at(-1)
    expect(last?.type).toBe('byline')
    expect(report.fields.byline).toEqual({ prefix: '', author: 'Thu Hiền', unit: 'Trung tâm TT-VH' })
    expect(bylineText(report.fields)).toBe('Thu Hiền (Trung tâm TT-VH)')
    expect(reportParagraphs(report).at(-1)).toBe('Thu Hiền (Trung tâm TT-VH)')
  })

  it('has no padding: no no-break spaces, no leading, trailing or doubled spaces', () => {
    const file = readFileSync(SEED_EXAMPLE_PATH, 'utf8')
    expect(file).not.toContain('\u00a0')
    for (const p of reportParagraphs(report)) {
      expect(p).toBe(p.trim())
      expect(p).not.toMatch(/ {2}/)
    }
  })

  it('is what the script builds from the template today', () => {
    const rebuilt = buildSeedReport(loadSeedTemplate())
    expect(rebuilt.templateId).toBe('giao-ban-thuong-truc-tinh-uy')
    expect(rebuilt.fields).toEqual(report.fields)
    expect(rebuilt.body).toEqual(report.body)
    expect({ ...rebuilt.assets[SEED_ASSET_ID], data: '' }).toEqual({
      ...report.assets[SEED_ASSET_ID],
      data: '',
    })
  })
})
