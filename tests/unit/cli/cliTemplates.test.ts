import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { cli } from './runCli'
import { parseReportBytes } from '@shared/model/parseReport'
import { reportParagraphs } from '@shared/plainText/reportText'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soantin-'))
})

describe('soantin templates', () => {
  it('lists every built-in with id, name and source', async () => {
    const run = await cli(['templates'])
    expect(run.code).toBe(0)
    expect(run.err).toBe('')
    const lines = run.out.trim().split('\n')
    expect(lines).toHaveLength(8)
    expect(run.out).toMatch(
      /^giao-ban-thuong-truc-tinh-uy\s+Giao ban Thường trực Tỉnh ủy \(có sẵn, hằng tuần\)$/m,
    )
  })

  it('--json gives id, name and source of each, user templates included; broken ones go to stderr', async () => {
    const user = join(dir, 'mau')
    mkdirSync(user)
    const tpl = JSON.parse(
      readFileSync(new URL('../../../templates/bao-cao-trong.json', import.meta.url), 'utf8'),
    )
    writeFileSync(
      join(user, 'trong-cua-toi.json'),
      JSON.stringify({ ...tpl, id: 'trong-cua-toi', name: 'Trống của tôi' }),
    )
    writeFileSync(join(user, 'hong.json'), '{ "id": ')
    const run = await cli(['templates', '--json', '--user-templates', user])
    expect(run.code).toBe(0)
    const list = JSON.parse(run.out) as Array<{ id: string; name: string; source: string }>
    expect(list).toHaveLength(9)
    expect(list.find((t) => t.id === 'trong-cua-toi')).toMatchObject({
      name: 'Trống của tôi',
      source: 'user',
    })
    expect(list.filter((t) => t.source === 'builtin')).toHaveLength(8)
    expect(run.err).toMatch(/^Bỏ qua Mẫu "hong.json" \(mẫu của người dùng\): không phải JSON hợp lệ/)
  })

  it('exits 1 on an unknown option and 2 on a user folder that does not exist', async () => {
    const unknown = await cli(['templates', '--xml'])
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('Cách dùng: soantin templates')
    const missing = await cli(['templates', '--user-templates', join(dir, 'khong-co')])
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/Không tìm thấy thư mục mẫu của người dùng/)
  })
})

describe('soantin new', () => {
  it('writes a new draft from a template for the given date', async () => {
    const file = join(dir, 'giao-ban.soantin')
    const run = await cli(['new', 'giao-ban-thuong-truc-tinh-uy', '-o', file, '--date', '2022-09-26'])
    expect(run.code).toBe(0)
    expect(run.out).toContain('ngày họp 2022-09-26')
    const parsed = parseReportBytes(readFileSync(file))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.report.templateId).toBe('giao-ban-thuong-truc-tinh-uy')
    expect(reportParagraphs(parsed.report)[0]).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(reportParagraphs(parsed.report)[1]).toMatch(/^Ngày 26\/9, Thường trực Tỉnh ủy họp giao ban tuần/)
  })

  it('takes the theme and the author from a settings file', async () => {
    const settings = join(dir, 'settings.json')
    writeFileSync(
      settings,
      JSON.stringify({
        profile: { author: 'Thu Hiền', unitId: 'dh' },
        units: [
          { id: 'dh', name: 'Trung tâm TT-VH', themes: [{ year: 2023, text: 'Chủ đề công tác năm 2023' }] },
        ],
      }),
    )
    const file = join(dir, 'a.soantin')
    const run = await cli([
      'new',
      'bao-cao-trong',
      '-o',
      file,
      '--date',
      '2023-03-06',
      '--settings',
      settings,
    ])
    expect(run.code).toBe(0)
    const parsed = parseReportBytes(readFileSync(file))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(reportParagraphs(parsed.report)).toEqual([
      'Chủ đề công tác năm 2023',
      'Thu Hiền (Trung tâm TT-VH)',
    ])
  })

  it.each([
    ['no template id', ['new', '-o', 'x.soantin'], /Thiếu mã mẫu/],
    ['no output', ['new', 'bao-cao-trong'], /Thiếu tệp đích/],
    ['wrong extension', ['new', 'bao-cao-trong', '-o', 'x.docx'], /phải có đuôi \.soantin/],
    [
      'a date that does not exist',
      ['new', 'bao-cao-trong', '-o', 'x.soantin', '--date', '2023-02-30'],
      /Ngày không hợp lệ/,
    ],
    ['an unknown template', ['new', 'khong-co', '-o', 'x.soantin'], /Không có mẫu "khong-co"/],
  ])('exits 1 with a Vietnamese usage message: %s', async (_name, args, message) => {
    const run = await cli(args.map((a) => (a.endsWith('.soantin') || a.endsWith('.docx') ? join(dir, a) : a)))
    expect(run.code).toBe(1)
    expect(run.err).toMatch(message)
    expect(existsSync(join(dir, 'x.soantin'))).toBe(false)
  })

  it('exits 2 without touching an existing file, a missing folder or a broken settings file', async () => {
    const existing = join(dir, 'co-roi.soantin')
    writeFileSync(existing, 'giữ nguyên')
    const kept = await cli(['new', 'bao-cao-trong', '-o', existing])
    expect(kept.code).toBe(2)
    expect(kept.err).toMatch(/đã có; dùng --force/)
    expect(readFileSync(existing, 'utf8')).toBe('giữ nguyên')

    const noFolder = await cli(['new', 'bao-cao-trong', '-o', join(dir, 'khong-co', 'a.soantin')])
    expect(noFolder.code).toBe(2)
    expect(noFolder.err).toMatch(/không tồn tại/)

    const settings = join(dir, 'settings.json')
    writeFileSync(settings, '{"profile": {"author": 5}}')
    const bad = await cli(['new', 'bao-cao-trong', '-o', join(dir, 'b.soantin'), '--settings', settings])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/Tệp cài đặt .* không hợp lệ, trường "profile.author"/)
    expect(existsSync(join(dir, 'b.soantin'))).toBe(false)
  })
})
