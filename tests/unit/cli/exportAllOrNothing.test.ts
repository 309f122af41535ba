import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '@cli/main'
import { serializeReport } from '@shared/model/parseReport'
import { SEED_EXAMPLE } from '../shared/export/html/seedExample'
import { block, figure, report, withPhoto } from '../../fixtures/builders'

const BIN = join(__dirname, '../../../bin/soantin.mjs')
const execFileAsync = promisify(execFile)

const root = mkdtempSync(join(tmpdir(), 'soantin-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let count = 0
function freshDir(): string {
  const dir = join(root, `lan-${++count}`)
  mkdirSync(dir)
  return dir
}

/** A path that cannot be written on any disk, even as root: its parent folder is a regular file. */
function unwritable(dir: string, name: string): string {
  writeFileSync(join(dir, 'khong-phai-thu-muc'), 'tệp thường')
  return join(dir, 'khong-phai-thu-muc', name)
}

async function soantin(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { out: (s) => void (stdout += s), err: (s) => void (stderr += s) })
  return { code, stdout, stderr }
}

function photoDraft(dir: string): string {
  const r = report(block('reportTitle'), figure('a', 'Ảnh', 'Một'), figure('b', 'Ảnh hai', 'Hai'))
  withPhoto(r, 'a', 'Toàn cảnh.png', 1)
  withPhoto(r, 'b', 'Điểm cầu.png', 2)
  const path = join(dir, 'anh.soantin')
  writeFileSync(path, serializeReport(r))
  return path
}

describe('soantin export with several outputs writes all of them or none', () => {
  it('leaves no DOCX (and no temp file) when the HTML cannot be written', async () => {
    const dir = freshDir()
    const docx = join(dir, 'bao-cao.docx')
    const result = await soantin('export', SEED_EXAMPLE, '--docx', docx, '--html', unwritable(dir, 'x.html'))
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^Lỗi: .*x\.html/)
    expect(existsSync(docx)).toBe(false)
    expect(readdirSync(dir)).toEqual(['khong-phai-thu-muc'])
  })

  it('keeps an existing DOCX byte for byte when the run fails', async () => {
    const dir = freshDir()
    const docx = join(dir, 'bao-cao.docx')
    writeFileSync(docx, 'bản DOCX cũ')
    const result = await soantin('export', SEED_EXAMPLE, '--docx', docx, '--html', unwritable(dir, 'x.html'))
    expect(result.code).toBe(2)
    expect(readFileSync(docx, 'utf8')).toBe('bản DOCX cũ')
    expect(readdirSync(dir).sort()).toEqual(['bao-cao.docx', 'khong-phai-thu-muc'])
  })

  it('leaves no photos and no images folder when the page cannot be written', async () => {
    const dir = freshDir()
    const draft = photoDraft(dir)
    const images = join(dir, 'anh-rieng')
    const result = await soantin('export', draft, '--html', unwritable(dir, 'x.html'), '--images-dir', images)
    expect(result.code).toBe(2)
    expect(existsSync(images)).toBe(false)
    expect(readdirSync(dir).sort()).toEqual(['anh.soantin', 'khong-phai-thu-muc'])
  })

  it('keeps an images folder that was already there, with only its old files', async () => {
    const dir = freshDir()
    const draft = photoDraft(dir)
    const images = join(dir, 'anh-rieng')
    mkdirSync(images)
    writeFileSync(join(images, 'cu.png'), 'ảnh cũ')
    const docx = join(dir, 'bao-cao.docx')
    const html = unwritable(dir, 'x.html')
    const result = await soantin('export', draft, '--docx', docx, '--html', html, '--images-dir', images)
    expect(result.code).toBe(2)
    expect(readdirSync(images)).toEqual(['cu.png'])
    expect(existsSync(docx)).toBe(false)
  })

  it('through the real bin/soantin.mjs: exit 2, nothing written, a Vietnamese line on stderr', async () => {
    const dir = freshDir()
    const docx = join(dir, 'bao-cao.docx')
    const html = unwritable(dir, 'x.html')
    const failed = await execFileAsync(
      process.execPath,
      [BIN, 'export', SEED_EXAMPLE, '--docx', docx, '--html', html],
      {
        cwd: dir,
        timeout: 60_000,
      },
    ).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    )
    expect(failed.code).toBe(2)
    expect(failed.stdout).toBe('')
    expect(failed.stderr).toMatch(/^Lỗi: [^\n]*x\.html[^\n]*\n$/)
    expect(existsSync(docx)).toBe(false)
    expect(readdirSync(dir)).toEqual(['khong-phai-thu-muc'])
  })
})
