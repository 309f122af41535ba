import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileBatch } from '@node/fileBatch'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { SaveError } from '@node/saveErrors'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const bytes = (text: string) => new TextEncoder().encode(text)

/** A disk that is full for the temp files of `name`: every write to them says ENOSPC. */
function fullFor(name: string): FileSystem {
  return {
    ...nodeFileSystem,
    async open(path, flags, mode) {
      const handle = await nodeFileSystem.open(path, flags, mode)
      if (!basename(path).startsWith(`.${name}.`)) return handle
      return {
        write: () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })),
        sync: () => handle.sync(),
        close: () => handle.close(),
      }
    },
  }
}

/** A disk pulled out after `renames` renames succeeded. */
function pulledAfter(renames: number): FileSystem {
  let left = renames
  return {
    ...nodeFileSystem,
    rename: (from, to) =>
      left-- > 0
        ? nodeFileSystem.rename(from, to)
        : Promise.reject(Object.assign(new Error('i/o error'), { code: 'EIO' })),
  }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the batch should have failed')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(SaveError)
      return error as SaveError
    },
  )

describe('writing several files all or nothing', () => {
  it('writes every file, keeping the mode of a file it replaces', async () => {
    const dir = tempDir()
    const old = join(dir, 'cu.html')
    writeFileSync(old, 'cũ', { mode: 0o600 })
    await writeFileBatch({
      files: [
        { path: join(dir, 'anh', '01.png'), data: bytes('ảnh') },
        { path: old, data: bytes('mới') },
      ],
      folders: [join(dir, 'anh')],
    })
    expect(readFileSync(join(dir, 'anh', '01.png'), 'utf8')).toBe('ảnh')
    expect(readFileSync(old, 'utf8')).toBe('mới')
    expect(statSync(old).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir).sort()).toEqual(['anh', 'cu.html'])
  })

  it('leaves nothing new when a later file does not fit, and keeps the old files', async () => {
    const dir = tempDir()
    const docx = join(dir, 'bao-cao.docx')
    writeFileSync(docx, 'bản cũ')
    const error = await failure(
      writeFileBatch(
        {
          files: [
            { path: docx, data: bytes('bản mới') },
            { path: join(dir, 'moi.docx'), data: bytes('mới') },
            { path: join(dir, 'trang.html'), data: bytes('<p>trang</p>') },
          ],
          folders: [],
        },
        fullFor('trang.html'),
      ),
    )
    expect(error.message).toMatch(/^Ổ đĩa đã đầy, không lưu được "trang\.html"/)
    expect(readFileSync(docx, 'utf8')).toBe('bản cũ')
    expect(readdirSync(dir)).toEqual(['bao-cao.docx'])
  })

  it('removes the folders it created (and only those) when a file fails', async () => {
    const dir = tempDir()
    const nested = join(dir, 'moi', 'anh')
    const error = await failure(
      writeFileBatch(
        {
          files: [
            { path: join(nested, '01.png'), data: bytes('ảnh') },
            { path: join(dir, 'trang.html'), data: bytes('trang') },
          ],
          folders: [nested],
        },
        fullFor('trang.html'),
      ),
    )
    expect(error.code).toBe('no-space')
    expect(readdirSync(dir)).toEqual([])
  })

  it('names the files already replaced when the disk goes away half-way through the renames', async () => {
    const dir = tempDir()
    const first = join(dir, 'a.png')
    const second = join(dir, 'b.html')
    writeFileSync(second, 'trang cũ')
    const error = await failure(
      writeFileBatch(
        {
          files: [
            { path: first, data: bytes('ảnh') },
            { path: second, data: bytes('trang mới') },
          ],
          folders: [],
        },
        pulledAfter(1),
      ),
    )
    expect(error.message).toMatch(
      new RegExp(
        `^Chỉ ghi được một phần: đã thay "${first}"; không ghi được "${second}" \\(lỗi đọc/ghi ổ đĩa\\)`,
      ),
    )
    expect(readFileSync(first, 'utf8')).toBe('ảnh')
    expect(readFileSync(second, 'utf8')).toBe('trang cũ')
    expect(readdirSync(dir).sort()).toEqual(['a.png', 'b.html'])
  })

  it('says nothing was replaced, and removes its folder, when the very first rename fails', async () => {
    const dir = tempDir()
    const folder = join(dir, 'anh')
    const error = await failure(
      writeFileBatch(
        { files: [{ path: join(folder, '01.png'), data: bytes('ảnh') }], folders: [folder] },
        pulledAfter(0),
      ),
    )
    expect(error.message).not.toMatch(/một phần/)
    expect(error.code).toBe('io')
    expect(existsSync(folder)).toBe(false)
  })

  it('writes through a symbolic link to its real file, and the link stays a link', async () => {
    const dir = tempDir()
    const real = join(dir, 'that.html')
    const link = join(dir, 'loi-tat.html')
    writeFileSync(real, 'cũ')
    symlinkSync(real, link)
    await writeFileBatch({ files: [{ path: link, data: bytes('mới') }], folders: [] })
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(real, 'utf8')).toBe('mới')
  })
})
