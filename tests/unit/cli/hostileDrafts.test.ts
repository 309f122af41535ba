import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeReport } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { manyNodesDraft, sharedPhotoDraft, wideRowDraft } from '../../fixtures/hostileDrafts'

const BIN = join(__dirname, '../../../bin/soantin.mjs')
/** Wall time and peak memory a refusal may take (the CLI may start through tsx on a busy machine). */
const WALL_MS = 40_000
const PEAK_MB = 400

/**
 * The real CLI in a child process with a 300 MB heap, under /usr/bin/time for its peak RSS: a
 * memory blow-up crashes it or shows in the peak, a slow build shows in the wall time.
 */
function exportDraft(name: string, report: Report | string, formats: Array<'docx' | 'html'>) {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-hostile-'))
  const draft = join(dir, `${name}.soantin`)
  writeFileSync(draft, typeof report === 'string' ? report : serializeReport(report))
  const outputs = formats.flatMap((f) => [`--${f}`, join(dir, `${name}.${f}`)])
  const started = performance.now()
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'PEAK %M', process.execPath, '--max-old-space-size=300', BIN, 'export', draft, ...outputs],
    { encoding: 'utf8', timeout: 3 * WALL_MS },
  )
  const ms = performance.now() - started
  const peak = Number(/PEAK (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024
  const stderr = result.stderr.replace(/^(PEAK \d+|Command exited.*)\n/gm, '')
  // /usr/bin/time passes the child's exit code on.
  return {
    status: result.status,
    stderr,
    ms,
    peak,
    files: readdirSync(dir).filter((f) => f !== `${name}.soantin`),
  }
}

function expectRefused(run: ReturnType<typeof exportDraft>, message: string) {
  expect(run.stderr).toBe(`Lỗi: ${message}\n`)
  expect(run.status).toBe(2)
  expect(run.files).toEqual([])
  expect(run.ms).toBeLessThan(WALL_MS)
  expect(run.peak).toBeLessThan(PEAK_MB)
}

describe('hostile drafts through the real CLI: refused in seconds, in little memory, nothing written', () => {
  it('a table with one row 63,000 columns wide', () => {
    expectRefused(
      exportDraft('bang-rong', wideRowDraft(), ['docx', 'html']),
      'Không mở được "bang-rong.soantin": Bảng 1 có 1.001 cột; tối đa 63 cột (giới hạn của Word).',
    )
  })

  it('300 figures embedding one 1 MB photo in an HTML page', () => {
    expectRefused(
      exportDraft('anh-300', sharedPhotoDraft(300), ['html']),
      'Trang HTML sẽ nặng khoảng 415 MB (tối đa 256 MB): ảnh "hoi-nghi.jpg" được nhúng lại ở 300 hình; hãy xuất với ảnh thành tệp riêng (ô "Ảnh thành tệp riêng" trong ứng dụng, --images-dir ở dòng lệnh).',
    )
  })

  it('1,000 figures of one photo, in HTML (once "Invalid string length") and in DOCX', () => {
    expectRefused(
      exportDraft('anh-1000', sharedPhotoDraft(1000), ['html']),
      'Trang HTML sẽ nặng khoảng 1.382 MB (tối đa 256 MB): ảnh "hoi-nghi.jpg" được nhúng lại ở 1.000 hình; hãy xuất với ảnh thành tệp riêng (ô "Ảnh thành tệp riêng" trong ứng dụng, --images-dir ở dòng lệnh).',
    )
    const docx = exportDraft('anh-1000', sharedPhotoDraft(1000), ['docx'])
    expect(docx.stderr).toContain(
      'Bản DOCX cần xử lý khoảng 1.036 MB ảnh và chữ (tối đa 512 MB): ảnh "hoi-nghi.jpg" được dùng lại ở 1.000 hình; hãy bớt số hình dùng chung một ảnh hoặc dùng ảnh nhỏ hơn.',
    )
    expectRefused(docx, docx.stderr.replace(/^Lỗi: /, '').trimEnd())
  })

  it('a body of 900,000 tiny objects (a 200 MB draft of them took 1.9 GB and over 90 s)', () => {
    // Written without indentation or NFC: fast to make, and 30 MB is enough to show the cost.
    expectRefused(
      exportDraft('nhieu-doan', JSON.stringify(manyNodesDraft(450_000)), ['docx']),
      'Không mở được "nhieu-doan.soantin": Bản thảo có hơn 400.000 thành phần dữ liệu (đoạn, chữ, ô bảng, định dạng…); tối đa 400.000.',
    )
  })
})
