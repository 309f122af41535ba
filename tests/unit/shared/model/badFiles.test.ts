import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDraftFile } from '@node/draftFiles'
import { serializeReport, type Migration } from '@shared/model'
import { draft, p } from '../../../fixtures/builders'

const NAME = 'Giao ban.soantin'

function goodText(): string {
  const report = draft(
    { id: 'r1', title: 'Giao ban Thường trực Tỉnh ủy' },
    p('Ngày 19/9, Thường trực Tỉnh ủy họp giao ban.'),
  )
  return serializeReport(report)
}

function edited(
  edit: (draft: Record<string, unknown> & { fields: Record<string, unknown> }) => void,
): string {
  const draft = JSON.parse(goodText())
  edit(draft)
  return JSON.stringify(draft)
}

const utf8 = (text: string) => Buffer.from(text, 'utf8')
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16()
function utf32(text: string, order: 'le' | 'be'): Buffer {
  const codes = Array.from(text, (c) => c.codePointAt(0)!)
  const out = Buffer.alloc(codes.length * 4)
  codes.forEach((c, i) => (order === 'le' ? out.writeUInt32LE(c, i * 4) : out.writeUInt32BE(c, i * 4)))
  return out
}

const UTF16 =
  'Tệp được lưu bằng mã UTF-16 (kiểu "Unicode" của Notepad), không phải UTF-8 như bản thảo Soạn Tin: không mở được. Hãy mở tệp bằng Notepad rồi lưu lại, chọn mã hóa UTF-8.'
const UTF32 =
  'Tệp được lưu bằng mã UTF-32, không phải UTF-8 như bản thảo Soạn Tin: không mở được. Hãy mở tệp bằng Notepad rồi lưu lại, chọn mã hóa UTF-8.'
const CUT_IN_LETTER = (byte: number) =>
  `Tệp bị cắt cụt giữa một chữ ở cuối (byte thứ ${byte}): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.`

/** Each bad input, the code it is refused with, and the exact message the officer reads. */
const CASES: Array<{ case: string; bytes: () => Buffer; code: string; message: string }> = [
  {
    case: 'empty file',
    bytes: () => Buffer.alloc(0),
    code: 'empty',
    message: 'Tệp trống (0 byte), không có nội dung báo cáo.',
  },
  {
    case: 'only spaces and newlines',
    bytes: () => utf8('  \n\n '),
    code: 'empty',
    message: 'Tệp trống, không có nội dung báo cáo.',
  },
  {
    case: 'malformed JSON (missing colon on line 3)',
    bytes: () => utf8('{\n "format": "soantin-report",\n "version" 1\n}'),
    code: 'not-json',
    message: 'Tệp không đúng định dạng JSON của Soạn Tin (lỗi cú pháp ở dòng 3, cột 12).',
  },
  {
    case: 'malformed JSON (trailing comma)',
    bytes: () => utf8('{"format": "soantin-report",}'),
    code: 'not-json',
    message: 'Tệp không đúng định dạng JSON của Soạn Tin (lỗi cú pháp ở dòng 1, cột 29).',
  },
  {
    case: 'truncated in the middle (an interrupted copy)',
    bytes: () => utf8(goodText().slice(0, Math.floor(goodText().length / 2))),
    code: 'truncated',
    message: 'Tệp bị cắt cụt (thiếu phần cuối): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.',
  },
  {
    case: 'truncated inside a string',
    bytes: () => utf8('{"format": "soantin-report", "fields": {"title": "Giao ban Thường'),
    code: 'truncated',
    message: 'Tệp bị cắt cụt (thiếu phần cuối): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.',
  },
  {
    case: 'a Word document renamed to .soantin',
    bytes: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), Buffer.alloc(200, 1)]),
    code: 'wrong-kind',
    message:
      'Không mở được "Giao ban.soantin": Đây là tệp nén ZIP (có thể là tài liệu Word .docx, Excel .xlsx hoặc tệp .zip), không phải bản thảo Soạn Tin (.soantin).',
  },
  {
    case: 'a PDF',
    bytes: () => utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    code: 'wrong-kind',
    message: 'Đây là tài liệu PDF, không phải bản thảo Soạn Tin (.soantin).',
  },
  {
    case: 'a JPEG photo',
    bytes: () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    code: 'wrong-kind',
    message: 'Đây là ảnh JPEG, không phải bản thảo Soạn Tin (.soantin).',
  },
  {
    case: 'an HTML page saved from the portal',
    bytes: () => utf8('<!DOCTYPE html>\n<html lang="vi"><body><p>Giao ban</p></body></html>'),
    code: 'wrong-kind',
    message: 'Đây là trang HTML, không phải bản thảo Soạn Tin (.soantin).',
  },
  {
    case: 'a JSON array',
    bytes: () => utf8('[1, 2, 3]'),
    code: 'wrong-kind',
    message: 'Đây là dữ liệu JSON nhưng không phải bản thảo Soạn Tin (.soantin).',
  },
  {
    case: 'JSON of another program',
    bytes: () => utf8('{"name": "soantin", "version": "0.1.0"}'),
    code: 'wrong-kind',
    message: 'Đây không phải tệp bản thảo Soạn Tin (.soantin): thiếu dấu hiệu "soantin-report".',
  },
  {
    case: 'a newer format version',
    bytes: () => utf8(edited((d) => (d.version = 7))),
    code: 'newer-version',
    message:
      'Tệp được tạo bằng phiên bản Soạn Tin mới hơn (định dạng 7, ứng dụng này đọc đến 1). Hãy cập nhật Soạn Tin để mở tệp.',
  },
  {
    case: 'version written as text',
    bytes: () => utf8(edited((d) => (d.version = '1'))),
    code: 'bad-version',
    message: 'Số phiên bản định dạng của tệp bị thiếu hoặc không hợp lệ.',
  },
  {
    case: 'version missing',
    bytes: () => utf8(edited((d) => delete d.version)),
    code: 'bad-version',
    message: 'Số phiên bản định dạng của tệp bị thiếu hoặc không hợp lệ.',
  },
  {
    case: 'an older version with no migration step',
    bytes: () => utf8(edited((d) => (d.version = 0))),
    code: 'bad-version',
    message:
      'Không chuyển đổi được tệp định dạng cũ (phiên bản 0): Không có bước chuyển đổi từ phiên bản 0 lên 1.',
  },
  {
    case: 'title is a number',
    bytes: () => utf8(edited((d) => (d.fields.title = 42))),
    code: 'invalid',
    message: 'Nội dung tệp không hợp lệ ở trường "fields.title": phải là văn bản, nhưng đang là số.',
  },
  {
    case: 'a required field missing',
    bytes: () => utf8(edited((d) => delete d.fields.presidingBody)),
    code: 'invalid',
    message: 'Nội dung tệp không hợp lệ ở trường "fields.presidingBody": thiếu trường này (cần văn bản).',
  },
  {
    case: 'meeting date in the wrong form',
    bytes: () => utf8(edited((d) => (d.fields.meetingDate = '19/9/2022'))),
    code: 'invalid',
    message: 'Nội dung tệp không hợp lệ ở trường "fields.meetingDate": ngày phải có dạng YYYY-MM-DD.',
  },
  {
    case: 'bridge points is not a list',
    bytes: () => utf8(edited((d) => (d.fields.bridgePoints = 'Đầm Hà'))),
    code: 'invalid',
    message:
      'Nội dung tệp không hợp lệ ở trường "fields.bridgePoints": phải là danh sách, nhưng đang là văn bản.',
  },
  {
    case: 'a body node the app does not know (script)',
    bytes: () =>
      utf8(
        edited((d) => {
          ;(d.body as { content: Array<{ type: string }> }).content[0]!.type = 'script'
        }),
      ),
    code: 'invalid',
    message: expect.stringContaining(
      'Nội dung tệp không hợp lệ ở trường "body.content.0.type"',
    ) as unknown as string,
  },
  {
    case: 'TCVN3 (legacy 8-bit Vietnamese) bytes',
    // "Giao ban Th­êng trùc" as a TCVN3 editor saved it: bytes above 0x7F that are not UTF-8.
    bytes: () =>
      Buffer.concat([
        utf8('{"fields": {"title": "Giao ban Th'),
        Buffer.from([0xad, 0xea, 0x6e, 0x67]),
        utf8('"}}'),
      ]),
    code: 'not-utf8',
    message:
      'Tệp có byte không phải văn bản UTF-8 (từ byte thứ 34); có thể là tệp nhị phân hoặc văn bản mã TCVN3/VNI: không mở được.',
  },
  {
    case: 'cut inside a three-byte letter at its end (an unfinished copy), not TCVN3',
    // "Giao ban Thườ…" with the last byte of "ờ" (E1 BB 9D) missing.
    bytes: () => Buffer.concat([utf8('{"fields": {"title": "Giao ban Thư'), Buffer.from([0xe1, 0xbb])]),
    code: 'truncated',
    message: CUT_IN_LETTER(36),
  },
  {
    case: 'cut right after the first byte of a letter',
    bytes: () => Buffer.concat([utf8(goodText().slice(0, 40)), Buffer.from([0xe1])]),
    code: 'truncated',
    message: CUT_IN_LETTER(41),
  },
  {
    case: 'a broken letter followed by more text is not called cut off',
    bytes: () => Buffer.concat([utf8('{"a": "Th'), Buffer.from([0xe1, 0xbb]), utf8('ng"}')]),
    code: 'not-utf8',
    message:
      'Tệp có byte không phải văn bản UTF-8 (từ byte thứ 10); có thể là tệp nhị phân hoặc văn bản mã TCVN3/VNI: không mở được.',
  },
  {
    case: 'UTF-16 text (Notepad "Unicode")',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(goodText(), 'utf16le')]),
    code: 'not-utf8',
    message: UTF16,
  },
  {
    case: 'UTF-16 big-endian with its mark',
    bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(goodText())]),
    code: 'not-utf8',
    message: UTF16,
  },
  {
    case: 'UTF-16 without a byte order mark, not called binary',
    bytes: () => Buffer.from(goodText(), 'utf16le'),
    code: 'not-utf8',
    message: UTF16,
  },
  {
    case: 'UTF-16 big-endian without a mark, all Vietnamese',
    bytes: () => utf16be('Thường trực Tỉnh ủy họp giao ban, đánh giá kết quả tháng Chín.'),
    code: 'not-utf8',
    message: UTF16,
  },
  {
    case: 'UTF-32 little-endian with its mark (FF FE 00 00, which starts like UTF-16’s)',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(goodText(), 'le')]),
    code: 'not-utf8',
    message: UTF32,
  },
  {
    case: 'UTF-32 big-endian with its mark',
    bytes: () => Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(goodText(), 'be')]),
    code: 'not-utf8',
    message: UTF32,
  },
  {
    case: 'UTF-32 without a mark, all Vietnamese',
    bytes: () => utf32('Thường trực Tỉnh ủy họp giao ban, đánh giá kết quả tháng Chín.', 'le'),
    code: 'not-utf8',
    message: UTF32,
  },
  {
    case: 'UTF-32 big-endian without a mark',
    bytes: () => utf32(goodText(), 'be'),
    code: 'not-utf8',
    message: UTF32,
  },
  {
    case: 'nesting deep enough to overflow a recursive reader',
    bytes: () =>
      utf8(
        goodText().replace(
          '"body": {',
          `"body": ${'{"type":"doc","content":['.repeat(30000)}${']}'.repeat(30000)}, "x": {`,
        ),
      ),
    code: 'invalid',
    message: 'Nội dung tệp lồng nhau quá sâu: đây không phải bản thảo Soạn Tin hợp lệ.',
  },
]

describe('bad draft files: refused with a Vietnamese message naming the problem, file untouched', () => {
  let dir: string
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'soantin-'))))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  for (const c of CASES) {
    it(c.case, async () => {
      const path = join(dir, NAME)
      const bytes = c.bytes()
      writeFileSync(path, bytes)
      const before = statSync(path)
      const read = await readDraftFile(path)
      expect(read.ok).toBe(false)
      if (read.ok) return
      expect(read.code).toBe(c.code)
      const message = c.message as unknown
      if (typeof message === 'string') {
        const full = message.startsWith('Không mở được') ? message : `Không mở được "${NAME}": ${message}`
        expect(read.message).toBe(full)
      } else expect(read.message).toEqual(message)
      expect(readFileSync(path).equals(bytes)).toBe(true)
      expect(statSync(path).mtimeMs).toBe(before.mtimeMs)
    })
  }

  it('a huge file is refused from its size, before a byte is read', async () => {
    const path = join(dir, 'khổng lồ.soantin')
    writeFileSync(path, '')
    truncateSync(path, 300 * 1024 * 1024) // sparse: no disk space used
    let readCalled = false
    const read = await readDraftFile(path, {
      ...(await import('@node/fileSystem')).nodeFileSystem,
      readFile: async () => {
        readCalled = true
        return new Uint8Array()
      },
    })
    expect(read).toMatchObject({
      ok: false,
      code: 'too-large',
      message:
        'Không mở được "khổng lồ.soantin": Tệp quá lớn (300 MB, tối đa 200 MB): đây không phải bản thảo Soạn Tin hợp lệ.',
    })
    expect(readCalled).toBe(false)
    expect(statSync(path).size).toBe(300 * 1024 * 1024)
  })

  it('a folder named like a draft', async () => {
    const path = join(dir, 'thư mục.soantin')
    mkdirSync(path)
    await expect(readDraftFile(path)).resolves.toMatchObject({
      ok: false,
      code: 'not-a-file',
      message: 'Không mở được "thư mục.soantin": đây là một thư mục, không phải tệp.',
    })
  })

  it('a file that is not there', async () => {
    await expect(readDraftFile(join(dir, 'đã xóa.soantin'))).resolves.toMatchObject({
      ok: false,
      code: 'not-found',
      message: 'Không mở được "đã xóa.soantin": không tìm thấy tệp (tệp đã bị xóa, đổi tên hoặc di chuyển).',
    })
  })

  it('an older version is migrated in memory and the file on disk is left as it was', async () => {
    const path = join(dir, 'cũ.soantin')
    const old = edited((d) => {
      d.version = 0
      d.headline = d.fields.title
      delete d.fields.title
    })
    writeFileSync(path, old)
    const migrations: Record<number, Migration> = {
      0: ({ headline, ...rest }) => ({
        ...rest,
        version: 1,
        fields: { ...(rest.fields as object), title: headline },
      }),
    }
    const read = await readDraftFile(path, undefined, migrations)
    if (!read.ok) throw new Error(read.message)
    expect(read.migratedFrom).toBe(0)
    expect(read.report.version).toBe(1)
    expect(read.report.fields.title).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(readFileSync(path, 'utf8')).toBe(old)
  })
})
