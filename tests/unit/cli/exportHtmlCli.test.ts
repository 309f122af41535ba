import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '@cli/main'
import { exportHtml } from '@shared/export/html/exportHtml'
import { serializeReport } from '@shared/model/parseReport'
import { attr, byTag, parseDocument } from '../shared/export/html/htmlTree'
import { SEED_EXAMPLE, seedReport } from '../shared/export/html/seedExample'
import { block, figure, report, withPhoto } from '../../fixtures/builders'
import { withoutCheckSummary } from './checkSummary'

const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function soantin(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { out: (s) => void (stdout += s), err: (s) => void (stderr += s) })
  return { code, stdout, stderr }
}

function photoDraft(name: string): string {
  const r = report(block('reportTitle'), figure('a', 'Ảnh', 'Chú thích'), figure('b', 'Ảnh hai', 'Hai'))
  withPhoto(r, 'a', 'Toàn cảnh hội nghị.png', 1)
  withPhoto(r, 'b', 'Điểm cầu Đầm Hà.png', 2)
  const path = join(dir, name)
  writeFileSync(path, serializeReport(r))
  return path
}

describe('soantin export --html', () => {
  it('writes the standalone page of the seed example', async () => {
    const out = join(dir, 'seed.html')
    const result = await soantin('export', SEED_EXAMPLE, '--html', out)
    expect({ ...result, stderr: withoutCheckSummary(result.stderr) }).toEqual({
      code: 0,
      stdout: `Đã xuất HTML: ${out}\n`,
      stderr: '',
    })
    expect(readFileSync(out, 'utf8')).toBe(exportHtml(seedReport()).html)
  })

  it('writes the CMS fragment with --fragment', async () => {
    const out = join(dir, 'manh.html')
    const result = await soantin('export', SEED_EXAMPLE, '--html', out, '--fragment')
    expect(result.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(exportHtml(seedReport(), { form: 'fragment' }).html)
  })

  it('writes images into --images-dir with ASCII names, linked from the page', async () => {
    const draft = photoDraft('anh.soantin')
    const out = join(dir, 'trang-anh.html')
    const images = join(dir, 'anh-rieng')
    const result = await soantin('export', draft, '--html', out, '--images-dir', images)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('(2 ảnh trong')
    expect(readdirSync(images).sort()).toEqual(['01-toan-canh-hoi-nghi.png', '02-diem-cau-dam-ha.png'])
    const srcs = byTag(parseDocument(readFileSync(out, 'utf8')), 'img').map((i) => attr(i, 'src'))
    expect(srcs).toEqual(['anh-rieng/01-toan-canh-hoi-nghi.png', 'anh-rieng/02-diem-cau-dam-ha.png'])
  })

  it('writes --docx and --html together in one run', async () => {
    const html = join(dir, 'ca-hai.html')
    const docx = join(dir, 'ca-hai.docx')
    const result = await soantin('export', SEED_EXAMPLE, '--docx', docx, '--html', html, '--fragment')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`Đã xuất DOCX: ${docx}\nĐã xuất HTML: ${html}\n`)
    expect(readFileSync(html, 'utf8')).toBe(exportHtml(seedReport(), { form: 'fragment' }).html)
    // A real DOCX: a zip holding the seed's text.
    const bytes = readFileSync(docx)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    const same = await soantin(
      'export',
      SEED_EXAMPLE,
      '--docx',
      join(dir, 'x.docx'),
      '--html',
      join(dir, 'x.docx'),
    )
    expect(same.code).toBe(1)
  })

  it('exits 2 on a bad draft with the app message, and writes nothing', async () => {
    const bad = join(dir, 'hong.soantin')
    writeFileSync(bad, '{"format": "soantin-report", "version": 1, "id": ')
    const out = join(dir, 'khong-duoc-ghi.html')
    const images = join(dir, 'khong-duoc-tao')
    const docx = join(dir, 'khong-duoc-ghi.docx')
    const result = await soantin('export', bad, '--docx', docx, '--html', out, '--images-dir', images)
    expect(existsSync(docx)).toBe(false)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^Lỗi: .*bị cắt cụt/)
    expect(existsSync(out)).toBe(false)
    expect(existsSync(images)).toBe(false)
  })

  it('exits 2 when the draft does not exist or the output cannot be written', async () => {
    const missing = await soantin('export', join(dir, 'khong-co.soantin'), '--html', join(dir, 'x.html'))
    expect(missing.code).toBe(2)
    expect(missing.stderr.startsWith('Lỗi: ')).toBe(true)
    const unwritable = await soantin(
      'export',
      SEED_EXAMPLE,
      '--html',
      join(dir, 'khong-co-thu-muc', 'x.html'),
    )
    expect(unwritable.code).toBe(2)
    expect(unwritable.stderr).toMatch(/^Lỗi: .*x\.html/)
    expect(existsSync(join(dir, 'x.html'))).toBe(false)
  })

  it.each([
    [['export', SEED_EXAMPLE], 'Chưa chọn định dạng xuất.'],
    [['export', '--html', 'a.html'], 'Thiếu tệp bản thảo.'],
    [['export', SEED_EXAMPLE, '--fragment'], 'Tùy chọn --fragment và --images-dir chỉ dùng cùng --html.'],
    [['export', SEED_EXAMPLE, '--html', 'a.txt'], 'Tệp HTML phải có đuôi .html: "a.txt".'],
    [['export', SEED_EXAMPLE, '--html'], 'Thiếu giá trị sau --html.'],
    [['export', SEED_EXAMPLE, '--html', 'a.html', '--pdf', 'a.pdf'], 'Tùy chọn không có: "--pdf".'],
  ])('exits 1 on wrong usage %j', async (args, message) => {
    const before = readdirSync(dir).sort()
    const result = await soantin(...args)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('Cách dùng: soantin export')
    expect(readdirSync(dir).sort()).toEqual(before)
  })

  it('prints warnings for missing photos on stderr and still exports', async () => {
    const r = report(figure('khong-co', 'Ảnh', 'Chú thích'))
    const draft = join(dir, 'thieu-anh.soantin')
    writeFileSync(draft, serializeReport(r))
    const out = join(dir, 'thieu-anh.html')
    const result = await soantin('export', draft, '--html', out)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'Cảnh báo (HTML): Ảnh thứ 1 không còn trong bản thảo: trang web hiện ô giữ chỗ thay cho ảnh.\n',
    )
    expect(existsSync(out)).toBe(true)
  })

  it('lists --html, --fragment and --images-dir in its help', async () => {
    const result = await soantin('export', '--help')
    expect(result.code).toBe(0)
    for (const flag of ['--html <tệp.html>', '--fragment', '--images-dir <thư mục>'])
      expect(result.stdout).toContain(flag)
  })
})
