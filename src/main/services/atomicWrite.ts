import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { SaveError, toSaveError } from './saveErrors'

export const TEMP_SUFFIX = '.soantin-tmp'

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

/**
 * Replaces `target` with `data` so that, whatever happens, the file on disk is either the old or the
 * new content: temp file in the same folder, every byte checked, fsync, rename, fsync the folder.
 * A read-only target is refused even where the folder would allow the rename.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  const name = basename(target)
  try {
    const existing = await fs.stat(target).catch((error: unknown) => {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
        return null
      throw error
    })
    if (existing && !existing.isFile()) {
      throw new SaveError('other', `"${name}" là một thư mục, không phải tệp: không lưu được.`)
    }
    if (existing && (existing.mode & 0o222) === 0) {
      throw new SaveError(
        'read-only',
        `Tệp "${name}" chỉ cho phép đọc nên không được ghi đè. Hãy dùng "Lưu thành" để lưu bản khác, hoặc bỏ thuộc tính chỉ đọc của tệp.`,
      )
    }
    const mode = existing ? existing.mode & 0o777 : 0o644
    const temp = tempPathFor(target)
    let handle: Awaited<ReturnType<FileSystem['open']>> | undefined
    try {
      handle = await fs.open(temp, 'wx', mode)
      let offset = 0
      while (offset < data.byteLength) {
        const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset, offset)
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' })
        offset += bytesWritten
      }
      await handle.sync()
      await handle.close()
      handle = undefined
      await fs.rename(temp, target)
    } catch (error) {
      await handle?.close().catch(() => undefined)
      await fs.unlink(temp).catch(() => undefined)
      throw error
    }
    await fs.syncDir(dirname(target))
  } catch (error) {
    throw toSaveError(error, name)
  }
}

/** Removes temp files an earlier crash left in `dir`; returns the names removed. */
export async function cleanStaleTempFiles(dir: string, fs: FileSystem = nodeFileSystem): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const entry of names.filter(isTempFileName)) {
    try {
      await fs.unlink(join(dir, entry))
      removed.push(entry)
    } catch {
      // Another instance may own it or it is already gone; leave it.
    }
  }
  return removed
}
