import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanStaleTempFiles, isTempFileName, tempPathFor, writeFileAtomic } from '@node/atomicWrite'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { SaveError } from '@node/saveErrors'

const OLD = 'Nội dung cũ — bản đã lưu trước đó.\n'.repeat(200)
const NEW = new TextEncoder().encode('Nội dung mới của báo cáo giao ban.\n'.repeat(5000))

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code })

/** The real file system with one operation replaced, to inject the failures a real disk gives. */
function faulty(overrides: Partial<FileSystem> & { write?: 'enospc-half' | 'zero' | 'eio' }): FileSystem {
  const { write, ...rest } = overrides
  return {
    ...nodeFileSystem,
    open: async (path, flags, mode) => {
      const handle = await nodeFileSystem.open(path, flags, mode)
      if (!write) return handle
      let calls = 0
      return {
        ...handle,
        sync: () => handle.sync(),
        close: () => handle.close(),
        write: async (buffer, offset, length, position) => {
          calls++
          if (write === 'zero') return { bytesWritten: 0 }
          if (write === 'eio') throw errno('EIO')
          // A full disk: the first write gets half the bytes in, the next one fails.
          if (calls === 1) return handle.write(buffer, offset, Math.floor(length / 2), position)
          throw errno('ENOSPC')
        },
      }
    },
    ...rest,
  }
}

describe('writeFileAtomic', () => {
  let dir: string
  let target: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    target = join(dir, 'Giao ban Thường trực Tỉnh ủy.soantin')
    writeFileSync(target, OLD)
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const onlyTarget = () => expect(readdirSync(dir)).toEqual(['Giao ban Thường trực Tỉnh ủy.soantin'])

  it('replaces the file with exactly the new bytes and leaves no temp file', async () => {
    await writeFileAtomic(target, NEW)
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW)
    onlyTarget()
  })

  it('creates a file that did not exist', async () => {
    const fresh = join(dir, 'mới.soantin')
    await writeFileAtomic(fresh, NEW)
    expect(readFileSync(fresh).byteLength).toBe(NEW.byteLength)
  })

  it('keeps the permission bits of the file it replaces', async () => {
    chmodSync(target, 0o640)
    await writeFileAtomic(target, NEW)
    expect(statSync(target).mode & 0o777).toBe(0o640)
  })

  const failures: Array<{ name: string; fs: () => FileSystem; code: string; message: string }> = [
    {
      name: 'ENOSPC after a partial write',
      fs: () => faulty({ write: 'enospc-half' }),
      code: 'no-space',
      message:
        'Ổ đĩa đã đầy, không lưu được "Giao ban Thường trực Tỉnh ủy.soantin". Tệp cũ vẫn còn nguyên. Hãy giải phóng dung lượng rồi lưu lại, hoặc dùng "Lưu thành…" để lưu sang ổ khác.',
    },
    {
      name: 'a write that silently makes no progress',
      fs: () => faulty({ write: 'zero' }),
      code: 'no-space',
      message:
        'Ổ đĩa đã đầy, không lưu được "Giao ban Thường trực Tỉnh ủy.soantin". Tệp cũ vẫn còn nguyên. Hãy giải phóng dung lượng rồi lưu lại, hoặc dùng "Lưu thành…" để lưu sang ổ khác.',
    },
    {
      name: 'EIO on write',
      fs: () => faulty({ write: 'eio' }),
      code: 'io',
      message:
        'Lỗi đọc/ghi ổ đĩa khi lưu "Giao ban Thường trực Tỉnh ủy.soantin". Tệp cũ vẫn còn nguyên. Hãy thử lưu lại; nếu vẫn lỗi, dùng "Lưu thành…" để lưu sang ổ khác.',
    },
    {
      name: 'EIO on fsync',
      fs: () => ({
        ...nodeFileSystem,
        open: async (p, f, m) => {
          const h = await nodeFileSystem.open(p, f, m)
          return {
            write: (...a: Parameters<typeof h.write>) => h.write(...a),
            close: () => h.close(),
            sync: async () => {
              throw errno('EIO')
            },
          }
        },
      }),
      code: 'io',
      message:
        'Lỗi đọc/ghi ổ đĩa khi lưu "Giao ban Thường trực Tỉnh ủy.soantin". Tệp cũ vẫn còn nguyên. Hãy thử lưu lại; nếu vẫn lỗi, dùng "Lưu thành…" để lưu sang ổ khác.',
    },
    {
      name: 'EIO on rename',
      fs: () =>
        faulty({
          rename: async () => {
            throw errno('EIO')
          },
        }),
      code: 'io',
      message:
        'Lỗi đọc/ghi ổ đĩa khi lưu "Giao ban Thường trực Tỉnh ủy.soantin". Tệp cũ vẫn còn nguyên. Hãy thử lưu lại; nếu vẫn lỗi, dùng "Lưu thành…" để lưu sang ổ khác.',
    },
    {
      name: 'EEXIST: the temp name is taken',
      fs: () =>
        faulty({
          open: async () => {
            throw errno('EEXIST')
          },
        }),
      code: 'exists',
      message:
        'Không lưu được "Giao ban Thường trực Tỉnh ủy.soantin": đã có một tệp hoặc thư mục trùng tên ở chỗ cần ghi. Tệp cũ vẫn còn nguyên. Hãy dùng "Lưu thành…" với tên khác.',
    },
    {
      name: 'an errno without its own message (EMFILE), in Vietnamese',
      fs: () =>
        faulty({
          open: async () => {
            throw errno('EMFILE')
          },
        }),
      code: 'other',
      message:
        'Không lưu được "Giao ban Thường trực Tỉnh ủy.soantin": máy đang mở quá nhiều tệp cùng lúc. Tệp cũ vẫn còn nguyên.',
    },
    {
      name: 'an errno no one expected keeps its code, in a Vietnamese sentence',
      fs: () =>
        faulty({
          open: async () => {
            throw errno('EBADF')
          },
        }),
      code: 'other',
      message:
        'Không lưu được "Giao ban Thường trực Tỉnh ủy.soantin": lỗi hệ thống chưa rõ nguyên nhân (mã lỗi EBADF). Tệp cũ vẫn còn nguyên.',
    },
    {
      name: 'V8 out of memory while writing',
      fs: () =>
        faulty({
          open: async () => {
            throw new RangeError('Array buffer allocation failed')
          },
        }),
      code: 'other',
      message:
        'Không lưu được "Giao ban Thường trực Tỉnh ủy.soantin": Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác, bớt hoặc thu nhỏ ảnh trong bản thảo rồi thử lại. Tệp cũ vẫn còn nguyên.',
    },
    {
      name: 'the temp removed by another program before the rename (folder still there)',
      fs: () =>
        faulty({
          rename: async (from, to) => {
            rmSync(from)
            return nodeFileSystem.rename(from, to)
          },
        }),
      code: 'temp-removed',
      message:
        'Bản ghi tạm của "Giao ban Thường trực Tỉnh ủy.soantin" đã bị một chương trình khác xóa mất trước khi kịp thay vào chỗ tệp cũ (chương trình dọn dẹp, diệt virus hoặc đồng bộ tệp?). Tệp cũ vẫn còn nguyên. Hãy lưu lại.',
    },
    {
      name: 'a disk that reports success but keeps fewer bytes',
      fs: () =>
        faulty({
          stat: async (p) => {
            const st = await nodeFileSystem.stat(p)
            return p.endsWith('.soantin-tmp') ? { ...st, size: st.size - 4096, isFile: () => true } : st
          },
        }),
      code: 'incomplete',
      message: `Ghi "Giao ban Thường trực Tỉnh ủy.soantin" không trọn vẹn (ổ đĩa chỉ nhận ${NEW.byteLength - 4096} trên ${NEW.byteLength} byte). Tệp cũ vẫn còn nguyên. Hãy kiểm tra dung lượng ổ đĩa rồi lưu lại, hoặc dùng "Lưu thành…" để lưu sang ổ khác.`,
    },
  ]

  for (const failure of failures) {
    it(`keeps the old file and explains: ${failure.name}`, async () => {
      const error = await writeFileAtomic(target, NEW, failure.fs()).then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(SaveError)
      expect((error as SaveError).code).toBe(failure.code)
      expect((error as SaveError).message).toBe(failure.message)
      expect(readFileSync(target, 'utf8')).toBe(OLD)
      onlyTarget()
    })
  }

  it('refuses a read-only file by its mode bits, although root could replace it', async () => {
    chmodSync(target, 0o444)
    // Tests run as root here: permission bits do not stop root, so the folder allows the replacement.
    const probe = join(dir, 'probe')
    copyFileSync(target, probe)
    chmodSync(probe, 0o444)
    writeFileSync(join(dir, 'other'), 'x')
    renameSync(join(dir, 'other'), probe)
    expect(readFileSync(probe, 'utf8')).toBe('x')
    rmSync(probe)

    const error = await writeFileAtomic(target, NEW).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(SaveError)
    expect((error as SaveError).code).toBe('read-only')
    expect((error as SaveError).message).toBe(
      'Tệp "Giao ban Thường trực Tỉnh ủy.soantin" đang đặt chế độ chỉ đọc nên không được ghi đè. Tệp cũ vẫn còn nguyên. Hãy dùng "Lưu thành…" để lưu thành tệp khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi lưu lại.',
    )
    expect(readFileSync(target, 'utf8')).toBe(OLD)
    expect(statSync(target).mode & 0o777).toBe(0o444)
    onlyTarget()
  })

  it('refuses to replace a folder', async () => {
    const folder = join(dir, 'thư mục.soantin')
    mkdirSync(folder)
    await expect(writeFileAtomic(folder, NEW)).rejects.toMatchObject({ code: 'not-a-file' })
  })

  it('refuses to replace a FIFO, saying it is one (not a folder)', async () => {
    const fifo = join(dir, 'ống.soantin')
    execFileSync('mkfifo', [fifo])
    await expect(writeFileAtomic(fifo, NEW)).rejects.toMatchObject({
      code: 'not-a-file',
      message:
        '"ống.soantin" là một ống dẫn dữ liệu (FIFO) giữa các chương trình, không phải tệp: không lưu được.',
    })
  })

  it('explains a save through a link that loops (ELOOP) in Vietnamese', async () => {
    const loop = join(dir, 'vòng.soantin')
    symlinkSync(loop, loop)
    await expect(writeFileAtomic(loop, NEW)).rejects.toMatchObject({
      code: 'link-loop',
      message:
        '"vòng.soantin" là một lối tắt (liên kết tượng trưng) trỏ vòng quanh, không dẫn tới tệp thật nào nên không lưu được. Không tệp nào bị thay đổi. Hãy dùng "Lưu thành…" để chọn chỗ lưu khác, hoặc sửa lại lối tắt.',
    })
  })

  it('explains a name too long for the disk (ENAMETOOLONG) in Vietnamese', async () => {
    const name = `${'Giao ban Thường trực '.repeat(20)}.soantin`
    await expect(writeFileAtomic(join(dir, name), NEW)).rejects.toMatchObject({
      code: 'name-too-long',
      message: `Tên hoặc đường dẫn tệp "${name}" quá dài. Hãy dùng "Lưu thành…" với tên ngắn hơn.`,
    })
  })

  it('explains a missing folder (an unplugged USB stick)', async () => {
    await expect(writeFileAtomic(join(dir, 'không có', 'a.soantin'), NEW)).rejects.toMatchObject({
      code: 'not-found',
      message:
        'Thư mục chứa "a.soantin" không còn tồn tại (ổ USB đã rút hoặc thư mục bị xóa?). Hãy dùng "Lưu thành…" để chọn chỗ lưu khác.',
    })
  })

  it('keeps temp names short enough for long Vietnamese file names', () => {
    const long = join(dir, `${'Giao ban Thường trực Tỉnh ủy '.repeat(8)}.soantin`)
    const temp = tempPathFor(long).slice(dir.length + 1)
    expect(isTempFileName(temp)).toBe(true)
    expect(Buffer.byteLength(temp)).toBeLessThan(255)
  })
})

describe('cleanStaleTempFiles', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'soantin-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('removes temp files a crash left and nothing else', async () => {
    const target = join(dir, 'a.soantin')
    writeFileSync(target, OLD)
    const stale = tempPathFor(target)
    writeFileSync(stale, 'một nửa')
    writeFileSync(join(dir, 'ghi chú.txt'), 'giữ lại')
    writeFileSync(join(dir, '.ẩn'), 'giữ lại')
    const removed = await cleanStaleTempFiles(dir)
    expect(removed).toEqual([stale.slice(dir.length + 1)])
    expect(readdirSync(dir).sort()).toEqual(['.ẩn', 'a.soantin', 'ghi chú.txt'])
  })

  it('with a target, removes only that file’s temp files', async () => {
    const a = join(dir, 'a.soantin')
    const b = join(dir, 'b.soantin')
    writeFileSync(tempPathFor(a), '1')
    const other = tempPathFor(b)
    writeFileSync(other, '2')
    await cleanStaleTempFiles(dir, nodeFileSystem, a)
    expect(readdirSync(dir)).toEqual([other.slice(dir.length + 1)])
  })

  it('never removes the temp file of a save still in progress', async () => {
    const target = join(dir, 'a.soantin')
    let cleaned: string[] = []
    const slowFs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        cleaned = await cleanStaleTempFiles(dir)
        return nodeFileSystem.rename(from, to)
      },
    }
    await writeFileAtomic(target, NEW, slowFs)
    expect(cleaned).toEqual([])
    expect(readFileSync(target).byteLength).toBe(NEW.byteLength)
  })

  it('returns nothing for a folder that is gone', async () => {
    await expect(cleanStaleTempFiles(join(dir, 'không có'))).resolves.toEqual([])
  })
})
