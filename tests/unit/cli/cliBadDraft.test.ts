import { execFile } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CliInputError, loadDraft } from '@cli/loadDraft'
import { main } from '@cli/main'
import { readDraftFile } from '@node/draftFiles'
import { createEmptyReport, serializeReport } from '@shared/model'

const ROOT = join(__dirname, '../../..')
const BIN = join(ROOT, 'bin/soantin.mjs')
const run = promisify(execFile)

function good(): string {
  const report = createEmptyReport({ id: 'cli', now: new Date('2022-09-19T08:00:00Z') })
  report.fields.title = 'Giao ban Thường trực Tỉnh ủy'
  return serializeReport(report)
}

/** Bad drafts, by name; each must be refused by every command with the app's own message. */
const BAD: Record<string, () => Buffer> = {
  'cắt cụt.soantin': () => Buffer.from(good().slice(0, 200)),
  'không phải utf8.soantin': () => Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe0, 0xe1, 0x22, 0x7d]),
  'bản mới hơn.soantin': () => Buffer.from(good().replace('"version": 1', '"version": 9')),
  'word.soantin': () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]),
  'sai kiểu.soantin': () =>
    Buffer.from(good().replace('"title": "Giao ban Thường trực Tỉnh ủy"', '"title": 19')),
  'trống.soantin': () => Buffer.alloc(0),
  // Cut after the first two bytes of "ờ" in "Thường": an unfinished copy, not a TCVN3 file.
  'cắt giữa chữ.soantin': () => {
    const bytes = Buffer.from(good())
    return bytes.subarray(0, bytes.indexOf(Buffer.from('ờ')) + 2)
  },
  'utf16.soantin': () => Buffer.from(good(), 'utf16le'),
}

describe('CLI: a bad draft is refused with exit 2, the app’s message on stderr, nothing written', () => {
  let dir: string
  const expected = new Map<string, string>()

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    for (const [name, bytes] of Object.entries(BAD)) writeFileSync(join(dir, name), bytes())
    const huge = join(dir, 'khổng lồ.soantin')
    writeFileSync(huge, '')
    truncateSync(huge, 250 * 1024 * 1024)
    for (const name of [...Object.keys(BAD), 'khổng lồ.soantin', 'không có.soantin']) {
      const read = await readDraftFile(join(dir, name))
      if (read.ok) throw new Error(`${name} should be bad`)
      expected.set(name, read.message)
    }
    mkdirSync(join(dir, 'out'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const outputs = () => readdirSync(join(dir, 'out'))

  it('through main(): every bad draft, for the export command', async () => {
    for (const [name, message] of expected) {
      let out = ''
      let err = ''
      const before = name === 'không có.soantin' ? null : readFileSync(join(dir, name))
      const code = await main(
        [
          'export',
          join(dir, name),
          '--docx',
          join(dir, 'out', 'a.docx'),
          '--html',
          join(dir, 'out', 'a.html'),
        ],
        { out: (t) => (out += t), err: (t) => (err += t) },
      )
      expect({ name, code, out, err }).toEqual({ name, code: 2, out: '', err: `Lỗi: ${message}\n` })
      expect(outputs()).toEqual([])
      if (before) expect(readFileSync(join(dir, name)).equals(before)).toBe(true)
    }
  })

  it('through the real bin/soantin.mjs in a child process: no stack trace, nothing written', async () => {
    const names = ['cắt cụt.soantin', 'bản mới hơn.soantin', 'khổng lồ.soantin', 'cắt giữa chữ.soantin']
    const results = await Promise.all(
      names.map((name) =>
        run(process.execPath, [BIN, 'export', join(dir, name), '--docx', join(dir, 'out', `${name}.docx`)], {
          cwd: dir,
          timeout: 60_000,
        }).then(
          () => ({ code: 0, stdout: '', stderr: '' }),
          (e: { code: number; stdout: string; stderr: string }) => ({
            code: e.code,
            stdout: e.stdout,
            stderr: e.stderr,
          }),
        ),
      ),
    )
    results.forEach((result, i) => {
      const name = names[i]!
      expect(result).toEqual({ code: 2, stdout: '', stderr: `Lỗi: ${expected.get(name)}\n` })
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
    expect(outputs()).toEqual([])
  })

  it('loadDraft returns a good draft and throws CliInputError with the same message for a bad one', async () => {
    writeFileSync(join(dir, 'tốt.soantin'), good())
    await expect(loadDraft(join(dir, 'tốt.soantin'))).resolves.toMatchObject({
      fields: { title: 'Giao ban Thường trực Tỉnh ủy' },
    })
    const error = await loadDraft(join(dir, 'cắt cụt.soantin')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CliInputError)
    expect((error as Error).message).toBe(expected.get('cắt cụt.soantin'))
  })
})
