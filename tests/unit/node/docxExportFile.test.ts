import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeDocxExport } from '@node/docxExportFile'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { SaveError } from '@node/saveErrors'
import type { Report } from '@shared/model/report'
import { brokenImages, twoBridgePoints } from '../../fixtures/goldenCases'
import { partText, unzipDocx } from '../shared/export/docx/docxPackage'

const tempDir = () => mkdtempSync(join(tmpdir(), 'soantin-'))

/** A disk that fills up after `limit` bytes of any file, as a full USB stick does. */
function fullDisk(limit: number): FileSystem {
  return {
    ...nodeFileSystem,
    async open(path, flags, mode) {
      const handle = await nodeFileSystem.open(path, flags, mode)
      let written = 0
      return {
        async write(buffer, offset, length, position) {
          if (written >= limit) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
          const n = Math.min(length, limit - written)
          const result = await handle.write(buffer, offset, n, position)
          written += result.bytesWritten
          return result
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      }
    },
  }
}

describe('writing a DOCX export to disk', () => {
  it('writes a complete document and leaves no temp file', async () => {
    const dir = tempDir()
    const path = join(dir, '2022-09-19 Giao ban Thường trực Tỉnh ủy.docx')
    const result = await writeDocxExport({ report: twoBridgePoints(), docxPath: path })
    expect(readdirSync(dir)).toEqual(['2022-09-19 Giao ban Thường trực Tỉnh ủy.docx'])
    expect(result.byteLength).toBe(readFileSync(path).length)
    expect(partText(unzipDocx(readFileSync(path)), 'word/document.xml')).toContain(
      'Giao ban Thường trực Tỉnh ủy',
    )
  })

  it('returns the warnings of a report with broken photos and still writes it', async () => {
    const dir = tempDir()
    const result = await writeDocxExport({ report: brokenImages(), docxPath: join(dir, 'anh.docx') })
    expect(result.warnings.map((w) => w.code)).toContain('image-corrupt')
    expect(existsSync(join(dir, 'anh.docx'))).toBe(true)
  })

  it('keeps the previous file whole when the disk fills up, and says so in Vietnamese', async () => {
    const dir = tempDir()
    const path = join(dir, 'bao-cao.docx')
    writeFileSync(path, 'bản cũ')
    const error = await writeDocxExport({ report: twoBridgePoints(), docxPath: path }, fullDisk(2000)).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(SaveError)
    expect((error as SaveError).message).toMatch(/Ổ đĩa đã đầy/)
    expect(readFileSync(path, 'utf8')).toBe('bản cũ')
    expect(readdirSync(dir)).toEqual(['bao-cao.docx'])
  })

  it('refuses a read-only target and leaves it untouched', async () => {
    const dir = tempDir()
    const path = join(dir, 'chi-doc.docx')
    writeFileSync(path, 'bản đã ký')
    chmodSync(path, 0o444)
    await expect(writeDocxExport({ report: twoBridgePoints(), docxPath: path })).rejects.toThrow(/chỉ đọc/)
    expect(readFileSync(path, 'utf8')).toBe('bản đã ký')
  })

  it('writes nothing at all when the document cannot be built', async () => {
    const dir = tempDir()
    const report = twoBridgePoints()
    const broken = {
      ...report,
      body: {
        type: 'doc',
        get content(): never {
          throw new Error('hỏng')
        },
      },
    } as unknown as Report
    await expect(writeDocxExport({ report: broken, docxPath: join(dir, 'x.docx') })).rejects.toThrow(
      /Không tạo được tệp DOCX \(hỏng\)\. Chưa ghi gì ra đĩa\./,
    )
    expect(readdirSync(dir)).toEqual([])
  })
})
