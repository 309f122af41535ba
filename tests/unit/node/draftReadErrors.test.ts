import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDraftFile } from '@node/draftFiles'
import { nodeFileSystem } from '@node/fileSystem'

const NAME = 'Giao ban.soantin'

describe('a draft path that is no file, or a read that fails: its own Vietnamese message', () => {
  let dir: string
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'soantin-'))))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('a FIFO, a socket and a device named like a draft: each said as what it is, not a folder', async () => {
    const fifo = join(dir, 'ống.soantin')
    execFileSync('mkfifo', [fifo])
    const socketPath = join(dir, 'cổng.soantin')
    const server = createServer()
    await new Promise<void>((done) => server.listen(socketPath, done))
    try {
      const messages = await Promise.all([fifo, socketPath, '/dev/null'].map((p) => readDraftFile(p)))
      expect(messages).toMatchObject([
        {
          ok: false,
          code: 'not-a-file',
          message:
            'Không mở được "ống.soantin": đây là một ống dẫn dữ liệu (FIFO) giữa các chương trình, không phải tệp.',
        },
        {
          ok: false,
          code: 'not-a-file',
          message:
            'Không mở được "cổng.soantin": đây là một cổng kết nối (socket) của một chương trình, không phải tệp.',
        },
        {
          ok: false,
          code: 'not-a-file',
          message:
            'Không mở được "null": đây là một thiết bị của hệ thống (ổ đĩa, cổng hoặc màn hình dòng lệnh), không phải tệp.',
        },
      ])
    } finally {
      await new Promise((done) => server.close(done))
    }
  })

  it('a link that loops (ELOOP), in Vietnamese', async () => {
    const loop = join(dir, 'vòng.soantin')
    symlinkSync(loop, loop)
    await expect(readDraftFile(loop)).resolves.toMatchObject({
      ok: false,
      code: 'read-error',
      message:
        'Không mở được "vòng.soantin": tệp là một lối tắt (liên kết tượng trưng) trỏ vòng quanh, không dẫn tới tệp thật nào.',
    })
  })

  it('a name too long for the disk (ENAMETOOLONG), in Vietnamese', async () => {
    const name = `${'Giao ban Thường trực '.repeat(20)}.soantin`
    await expect(readDraftFile(join(dir, name))).resolves.toMatchObject({
      ok: false,
      code: 'read-error',
      message: `Không mở được "${name}": tên hoặc đường dẫn tệp quá dài.`,
    })
  })

  it('any other read failure, errno or V8, without English', async () => {
    const path = join(dir, NAME)
    writeFileSync(path, '{}')
    const failing = (error: unknown) => ({
      ...nodeFileSystem,
      readFile: async () => {
        throw error
      },
    })
    const emfile = Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' })
    const ebadf = Object.assign(new Error('EBADF: bad file descriptor'), { code: 'EBADF' })
    const messages = await Promise.all(
      [emfile, ebadf, new RangeError('Invalid string length'), new TypeError('x is not a function')].map(
        async (e) => ((await readDraftFile(path, failing(e))) as { message: string }).message,
      ),
    )
    expect(messages).toEqual([
      'Không mở được "Giao ban.soantin": lỗi khi đọc ổ đĩa: máy đang mở quá nhiều tệp cùng lúc.',
      'Không mở được "Giao ban.soantin": lỗi khi đọc ổ đĩa: lỗi hệ thống chưa rõ nguyên nhân (mã lỗi EBADF).',
      'Không mở được "Giao ban.soantin": không đọc được tệp. Nội dung quá lớn, vượt giới hạn bộ nhớ của chương trình (thường do ảnh hoặc bảng quá lớn trong bản thảo). Hãy bớt hoặc thu nhỏ ảnh rồi thử lại.',
      'Không mở được "Giao ban.soantin": không đọc được tệp. Chương trình gặp lỗi không lường trước nên không làm tiếp được. Hãy thử lại; nếu vẫn lỗi, hãy báo cho bộ phận kỹ thuật.',
    ])
  })
})
