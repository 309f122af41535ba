import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { nodeFileSystem, type FileSystem, type WritableHandle } from './fileSystem'
import { SaveError, errnoCode, incompleteWriteError, readOnlyError, toSaveError } from './saveErrors'

const TEMP_SUFFIX = '.soantin-tmp'

// Long names are cut so the temp name stays within the 255-byte limit of common file systems.
const MAX_STEM = 60

/** Temp files this process is writing right now; the stale-file cleanup never touches them. */
const liveTemps = new Set<string>()

/** `.<target name>.<random>.soantin-tmp`, next to the target so the final rename stays on one volume. */
export function tempPathFor(target: string): string {
  const stem = basename(target).slice(0, MAX_STEM)
  return join(dirname(target), `.${stem}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

function isTempFor(name: string, target: string): boolean {
  return isTempFileName(name) && name.startsWith(`.${basename(target).slice(0, MAX_STEM)}.`)
}

/** True when the mode bits allow no one to write: the officer (or Windows) marked the file read-only. */
function isReadOnlyMode(mode: number): boolean {
  return (mode & 0o222) === 0
}

async function statOrNull(fs: FileSystem, path: string) {
  try {
    return await fs.stat(path)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null
    throw error
  }
}

async function writeAll(handle: WritableHandle, data: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < data.byteLength) {
    const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset, offset)
    // A write that makes no progress is a full disk that did not say so.
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' })
    offset += bytesWritten
  }
}

/**
 * Replaces `target` with `data` so that, whatever happens, the file on disk is either the old or the
 * new content: temp file in the same folder, every byte checked, fsync, size verified, rename, fsync
 * the folder. A read-only target is refused by its mode bits, even where the folder (or root) would
 * allow the rename. Throws a `SaveError` whose message the officer can act on.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  const name = basename(target)
  try {
    const existing = await statOrNull(fs, target)
    if (existing && !existing.isFile()) {
      throw new SaveError('not-a-file', `"${name}" là một thư mục, không phải tệp: không lưu được.`)
    }
    if (existing && isReadOnlyMode(existing.mode)) throw readOnlyError(name)
    const mode = existing ? existing.mode & 0o777 : 0o644
    const temp = tempPathFor(target)
    liveTemps.add(temp)
    let handle: WritableHandle | undefined
    try {
      handle = await fs.open(temp, 'wx', mode)
      await writeAll(handle, data)
      await handle.sync()
      await handle.close()
      handle = undefined
      const written = (await fs.stat(temp)).size
      if (written !== data.byteLength) throw incompleteWriteError(name, written, data.byteLength)
      await fs.rename(temp, target)
    } catch (error) {
      await handle?.close().catch(() => undefined)
      await fs.unlink(temp).catch(() => undefined)
      throw error
    } finally {
      liveTemps.delete(temp)
    }
    await fs.syncDir(dirname(target))
  } catch (error) {
    throw toSaveError(error, name)
  }
}

/**
 * Removes temp files an earlier crash left in `dir` (only those of `forTarget` when given); returns
 * the names removed. Temp files this process is still writing are left alone.
 */
export async function cleanStaleTempFiles(
  dir: string,
  fs: FileSystem = nodeFileSystem,
  forTarget?: string,
): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const entry of names) {
    if (forTarget ? !isTempFor(entry, forTarget) : !isTempFileName(entry)) continue
    const path = join(dir, entry)
    if (liveTemps.has(path)) continue
    try {
      await fs.unlink(path)
      removed.push(entry)
    } catch {
      // Already gone or not ours to remove; leave it.
    }
  }
  return removed
}
