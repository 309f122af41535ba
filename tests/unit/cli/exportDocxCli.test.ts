import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '@cli/main'
import { serializeReport } from '@shared/model/parseReport'
import { brokenImages, SEED_DRAFT } from '../../fixtures/goldenCases'
import { partText, unzipDocx } from '../shared/export/docx/docxPackage'
import { withoutCheckSummary } from './checkSummary'

async function run(args: string[]) {
  let out = ''
  let err = ''
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'soantin-'))

describe('soantin export --docx', () => {
  it('exports a draft to DOCX', async () => {
    const dir = tempDir()
    const out = join(dir, 'giao-ban.docx')
    const result = await run(['export', SEED_DRAFT, '--docx', out])
    expect(result.code).toBe(0)
    // The seed's two real slips, said by the pre-publication check; nothing from the export itself.
    expect(result.err).toContain('Kiểm tra trước khi xuất bản: 1 lỗi, 2 cảnh báo')
    expect(withoutCheckSummary(result.err)).toBe('')
    expect(result.out).toContain('Đã xuất DOCX')
    expect(partText(unzipDocx(readFileSync(out)), 'word/document.xml')).toContain(
      'Giao ban Thường trực Tỉnh ủy',
    )
    expect(readdirSync(dir)).toEqual(['giao-ban.docx'])
  })

  it('prints the warnings on stderr and still writes the file', async () => {
    const dir = tempDir()
    const draft = join(dir, 'anh-hong.soantin')
    writeFileSync(draft, serializeReport(brokenImages()))
    const result = await run(['export', draft, '--docx', join(dir, 'anh-hong.docx')])
    expect(result.code).toBe(0)
    expect(withoutCheckSummary(result.err).trim().split('\n')).toHaveLength(4)
    expect(result.err).toMatch(/^Cảnh báo \(DOCX\): Ảnh thứ 1/)
    expect(existsSync(join(dir, 'anh-hong.docx'))).toBe(true)
  })

  it('refuses a damaged draft with exit code 2, a Vietnamese message, and writes nothing', async () => {
    const dir = tempDir()
    const draft = join(dir, 'hong.soantin')
    writeFileSync(draft, readFileSync(SEED_DRAFT, 'utf8').slice(0, 500))
    const result = await run(['export', draft, '--docx', join(dir, 'hong.docx')])
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/Không mở được "hong.soantin"/)
    expect(readdirSync(dir)).toEqual(['hong.soantin'])
  })

  it('fails with exit code 2 when the output cannot be written, leaving no partial file', async () => {
    const dir = tempDir()
    const result = await run(['export', SEED_DRAFT, '--docx', join(dir, 'khong-co', 'x.docx')])
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/^Lỗi: /)
    expect(readdirSync(dir)).toEqual([])
  })

  it('writes DOCX and HTML in one run, and rejects a wrong extension as a usage error', async () => {
    const dir = tempDir()
    const both = await run([
      'export',
      SEED_DRAFT,
      '--docx',
      join(dir, 'a.docx'),
      '--html',
      join(dir, 'a.html'),
    ])
    expect(both.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'a.html'])
    const wrong = await run(['export', SEED_DRAFT, '--docx', join(dir, 'b.doc')])
    expect(wrong.code).toBe(1)
    expect(wrong.err).toContain('Tệp DOCX phải có đuôi .docx')
  })

  it('works through the real command (bin/soantin.mjs)', () => {
    const dir = tempDir()
    const out = join(dir, 'bin.docx')
    execFileSync(process.execPath, [
      join(__dirname, '../../../bin/soantin.mjs'),
      'export',
      SEED_DRAFT,
      '--docx',
      out,
    ])
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it("uses the current unit's print layout from --settings, the file the app saves", async () => {
    const dir = tempDir()
    const settings = join(dir, 'settings.json')
    writeFileSync(
      settings,
      JSON.stringify({
        version: 1,
        profile: { author: 'Minh Anh', unitId: 'tinh-uy' },
        units: [
          { id: 'khac', name: 'Đơn vị khác', printLayout: { marginLeftMm: 40 } },
          {
            id: 'tinh-uy',
            name: 'Văn phòng Tỉnh ủy',
            printLayout: { marginLeftMm: 25, fontFamily: 'Arial' },
          },
        ],
      }),
    )
    const withSettings = await run([
      'export',
      SEED_DRAFT,
      '--docx',
      join(dir, 'a.docx'),
      '--settings',
      settings,
    ])
    expect(withSettings.code).toBe(0)
    expect(withoutCheckSummary(withSettings.err)).toBe('')
    const without = await run(['export', SEED_DRAFT, '--docx', join(dir, 'b.docx')])
    expect(without.code).toBe(0)
    const margins = (file: string) => {
      const xml = partText(unzipDocx(readFileSync(join(dir, file))), 'word/document.xml')
      return /<w:pgMar [^>]*w:left="(\d+)"/.exec(xml)?.[1]
    }
    // 25 mm and the Decree 30 default of 30 mm, in twentieths of a point.
    expect(margins('a.docx')).toBe('1417')
    expect(margins('b.docx')).toBe('1701')
    const styles = partText(unzipDocx(readFileSync(join(dir, 'a.docx'))), 'word/styles.xml')
    expect(styles).toContain('w:ascii="Arial"')
    expect(styles).not.toContain('Times New Roman')
  })

  it('refuses a bad --settings file with exit code 2 and a Vietnamese message, writing nothing', async () => {
    const dir = tempDir()
    const settings = join(dir, 'settings.json')
    writeFileSync(
      settings,
      JSON.stringify({ units: [{ id: 'x', name: 'X', printLayout: { marginLeftMm: 500 } }] }),
    )
    const bad = await run(['export', SEED_DRAFT, '--docx', join(dir, 'a.docx'), '--settings', settings])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('Tệp cài đặt')
    expect(bad.err).toContain('marginLeftMm')
    const missing = await run([
      'export',
      SEED_DRAFT,
      '--docx',
      join(dir, 'b.docx'),
      '--settings',
      join(dir, 'khong-co.json'),
    ])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('Không đọc được tệp cài đặt')
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })
})
