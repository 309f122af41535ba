import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { cli } from './runCli'
import { parseReportText, serializeReport } from '@shared/model/parseReport'
import { defaultSettings } from '@shared/settings/settings'

const SEED = join(__dirname, '../../../examples/giao-ban-thuong-truc-tinh-uy.soantin')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soantin-check-'))
})

/** The seed with its theme's year mended and, with `photo: false`, its photo and caption left out. */
function mendedSeed(photo: boolean): string {
  const parsed = parseReportText(readFileSync(SEED, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.message)
  const r = parsed.report
  r.fields.themeHeader = {
    text: r.fields.themeHeader.text.replace('năm 2020:', 'năm 2022:'),
    overridden: true,
  }
  if (!photo) r.body.content = r.body.content!.filter((n) => n.type !== 'figure')
  const path = join(dir, 'sach.soantin')
  writeFileSync(path, serializeReport(r))
  return path
}

describe('soantin check', () => {
  it('lists the seed’s slips and exits 1 for its error', async () => {
    const run = await cli(['check', SEED])
    expect(run.code).toBe(1)
    expect(run.out).toContain('giao-ban-thuong-truc-tinh-uy.soantin: 1 lỗi, 2 cảnh báo')
    expect(run.out).toMatch(/^LỖI \[theme-year\] Ô “Chủ đề năm”: Chủ đề năm ghi năm 2020/m)
    expect(run.out).toMatch(/^CẢNH BÁO \[office-capitalisation\] Chú thích ảnh 1: “huyện ủy” viết hoa khác/m)
    expect(run.out).toContain('Sửa được: Sửa thành “Huyện ủy”')
  })

  it('--json gives every finding with its rule, severity, both messages and location', async () => {
    const run = await cli(['check', SEED, '--json'])
    expect(run.code).toBe(1)
    const result = JSON.parse(run.out) as {
      errors: number
      warnings: number
      findings: {
        rule: string
        severity: string
        message: { vi: string; en: string }
        location: { kind: string }
      }[]
    }
    expect([result.errors, result.warnings]).toEqual([1, 2])
    expect(result.findings.map((f) => [f.rule, f.severity, f.location.kind])).toEqual([
      ['theme-year', 'error', 'field'],
      ['photo-print-size', 'warning', 'body'],
      ['office-capitalisation', 'warning', 'body'],
    ])
    expect(result.findings[0]!.message.en).toContain('The annual theme names 2020')
  })

  it('exits 0 with warnings only, and with none', async () => {
    const warned = await cli(['check', mendedSeed(true)])
    expect(warned.out).toContain('sach.soantin: 0 lỗi, 2 cảnh báo')
    expect(warned.code).toBe(0)
    const clean = await cli(['check', mendedSeed(false)])
    expect(clean.out).toBe('sach.soantin: không thấy lỗi hay cảnh báo nào.\n')
    expect(clean.code).toBe(0)
  })

  it('follows the unit’s conventions from --settings: tone style and closing mark', async () => {
    const settings = defaultSettings()
    settings.units[0]!.toneStyle = 'new'
    settings.units[0]!.closingMark = './.'
    const file = join(dir, 'settings.json')
    writeFileSync(file, JSON.stringify(settings))
    const copy = join(dir, 'ban-sao.soantin')
    copyFileSync(SEED, copy)
    const run = await cli(['check', copy, '--json', '--settings', file])
    const rules = (JSON.parse(run.out) as { findings: { rule: string }[] }).findings.map((f) => f.rule)
    expect(rules).toContain('closing-mark')
    // The seed is all in the old style: one style throughout is not a mix, whatever the unit's.
    expect(rules).not.toContain('mixed-tone-style')
  })

  it('exits 2 with a Vietnamese message for a file that is not a draft, or a bad settings file', async () => {
    const bad = join(dir, 'hong.soantin')
    writeFileSync(bad, '{ "format": ')
    const run = await cli(['check', bad])
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/không|hỏng|lỗi/i)
    const json = await cli(['check', bad, '--json'])
    expect(json.code).toBe(2)
    expect(JSON.parse(json.out)).toMatchObject({ file: 'hong.soantin' })
    const settings = join(dir, 's.json')
    writeFileSync(settings, '[]')
    expect((await cli(['check', SEED, '--settings', settings])).code).toBe(2)
  })

  it('is run by soantin export too, which warns and still writes the file', async () => {
    const out = join(dir, 'bai.docx')
    const run = await cli(['export', SEED, '--docx', out])
    expect(run.code).toBe(0)
    expect(existsSync(out)).toBe(true)
    expect(run.err).toContain('Kiểm tra trước khi xuất bản: 1 lỗi, 2 cảnh báo')
    expect(run.err).toContain('Lỗi [theme-year]: Chủ đề năm ghi năm 2020')
    const quiet = await cli(['export', mendedSeed(false), '--docx', join(dir, 'sach.docx')])
    expect(quiet.code).toBe(0)
    expect(quiet.err).toBe('')
  })

  it('says how it is used', async () => {
    expect((await cli(['check'])).code).toBe(1)
    const help = await cli(['check', '--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('soantin check <bản-thảo.soantin> [--json]')
    expect((await cli(['--help'])).out).toMatch(/^\s+check\s+Kiểm tra bản thảo/m)
  })
})
