import { randomBytes } from 'node:crypto'
import { unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { nodeFileSystem, type FileSystem, type WritableHandle } from './fileSystem'
import { resolveLinkTarget } from './linkTarget'
import { nonFileDetail } from './nonFileDetail'
import {
  SaveError,
  errnoCode,
  hardLinkedError,
  incompleteWriteError,
  readOnlyError,
  tempRemovedError,
  toSaveError,
} from './saveErrors'
import { isStaleTemp, ownerTag } from './tempOwner'

const TEMP_SUFFIX = '.soantin-tmp'

// Long names are cut so the temp name stays within the 255-byte limit of common file systems.
const MAX_STEM = 60

/** Temp files this process is writing right now; the stale-file cleanup never touches them. */
const liveTemps = new Set<string>()

/** The start of the target's name kept in its temp names; never half of a surrogate pair. */
function stemOf(target: string): string {
  const stem = basename(target).slice(0, MAX_STEM)
  return /[\uD800-\uDBFF]$/.test(stem) ? stem.slice(0, -1) : stem
}

/**
 * `.<target name>.<pid>-<host id>-<random>.soantin-tmp`, next to the target so the final rename stays
 * on one volume. The owner lets another process's cleanup tell a live temp from a leftover.
 */
export function tempPathFor(target: string): string {
  const tag = `${ownerTag()}-${randomBytes(6).toString('hex')}`
  return join(dirname(target), `.${stemOf(target)}.${tag}${TEMP_SUFFIX}`)
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

function isTempFor(name: string, target: string): boolean {
  return isTempFileName(name) && name.startsWith(`.${stemOf(target)}.`)
}

/** True when the mode bits allow no one to write: the officer (or Windows) marked the file read-only. */
function isReadOnlyMode(mode: number): boolean {
  return (mode & 0o222) === 0
}

export async function statOrNull(fs: FileSystem, path: string) {
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
 * The file a write to `path` replaces (its symbolic links followed) and the mode the new file keeps.
 * Refuses a folder, a read-only file and a hard-linked file (replacing one name would split it).
 */
async function replaceableTarget(fs: FileSystem, path: string): Promise<{ real: string; mode: number }> {
  const name = basename(path)
  const real = await resolveLinkTarget(fs, path)
  const existing = await statOrNull(fs, real)
  if (existing && !existing.isFile()) {
    throw new SaveError(
      'not-a-file',
      `"${name}" ${nonFileDetail(existing).vi}: không lưu được.`,
      `"${name}" ${nonFileDetail(existing).en}: it cannot be saved.`,
    )
  }
  if (existing && isReadOnlyMode(existing.mode)) throw readOnlyError(name)
  if (existing && existing.nlink > 1) throw hardLinkedError(name, existing.nlink)
  return { real, mode: existing ? existing.mode & 0o777 : 0o644 }
}

/** A file written in full beside its real target (links followed), not yet renamed into place. */
export interface StagedFile {
  /** The path asked for, for messages. */
  path: string
  /** The file the rename replaces: `path` with its symbolic links followed. */
  real: string
  temp: string
}

/**
 * Writes `data` to a temp file beside the real target of `path`: every byte checked, fsync, size
 * verified. Nothing is replaced yet; `commitStaged` or `discardStaged` ends it. Throws a `SaveError`.
 */
export async function stageFile(
  path: string,
  data: Uint8Array,
  fs: FileSystem = nodeFileSystem,
): Promise<StagedFile> {
  const name = basename(path)
  let temp: string | undefined
  let handle: WritableHandle | undefined
  try {
    const { real, mode } = await replaceableTarget(fs, path)
    temp = tempPathFor(real)
    liveTemps.add(temp)
    handle = await fs.open(temp, 'wx', mode)
    await writeAll(handle, data)
    await handle.sync()
    await handle.close()
    handle = undefined
    const written = (await fs.stat(temp)).size
    if (written !== data.byteLength) throw incompleteWriteError(name, written, data.byteLength)
    return { path, real, temp }
  } catch (error) {
    await handle?.close().catch(() => undefined)
    if (temp) await discardStaged({ path, real: path, temp }, fs)
    throw toSaveError(error, name)
  }
}

/**
 * Renames a staged file into place; its temp is no longer this process's either way. A temp that
 * vanished while its folder is still there was removed by another program: said so, rather than
 * blaming a pulled-out disk.
 */
export async function commitStaged(staged: StagedFile, fs: FileSystem = nodeFileSystem): Promise<void> {
  try {
    await fs.rename(staged.temp, staged.real)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' && (await statOrNull(fs, dirname(staged.temp)).catch(() => null))) {
      throw tempRemovedError(basename(staged.path))
    }
    throw error
  } finally {
    liveTemps.delete(staged.temp)
  }
}

/** Removes a staged file's temp (a batch that failed, a rename that failed). */
export async function discardStaged(staged: StagedFile, fs: FileSystem = nodeFileSystem): Promise<void> {
  await fs.unlink(staged.temp).catch(() => undefined)
  liveTemps.delete(staged.temp)
}

/**
 * Removes every temp this process is still writing, synchronously: for a process stopped by a signal
 * (Ctrl+C on the CLI), which cannot wait for promises. The files it was replacing stay as they were.
 */
export function discardLiveTempsSync(): void {
  for (const temp of liveTemps) {
    try {
      unlinkSync(temp)
    } catch {
      // Already renamed into place or removed.
    }
  }
  liveTemps.clear()
}

/**
 * Replaces `target` with `data` so that, whatever happens, the file on disk is either the old or the
 * new content: the file staged beside its target (`stageFile`), renamed, the folder fsynced. A
 * read-only target is refused by its mode bits, even where the folder (or root) would allow the
 * rename. Throws a `SaveError` whose message the officer can act on.
 *
 * Links: a symbolic link (or a chain of them) is followed to its real target, and the temp file goes
 * beside that target, so the link stays a link and the rename stays atomic on the target's own disk.
 * When that folder is read-only or on a disk that is gone, the save fails with that folder's message;
 * it never falls back to writing beside the link, which would fork the file. A file with several
 * hard-linked names is refused rather than split (a rename gives only this name the new content, and
 * writing in place would lose the old-or-new guarantee).
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  const staged = await stageFile(target, data, fs)
  try {
    await commitStaged(staged, fs)
    await fs.syncDir(dirname(staged.real))
  } catch (error) {
    await discardStaged(staged, fs)
    throw toSaveError(error, basename(target))
  }
}

/**
 * Removes the stale temp files in `dir` (only those of `forTarget` when given) that a crash or a killed
 * process left; returns the names removed. A temp is stale when its owner process has ended on this
 * machine or it is older than a day (`isStaleTemp`); temps this process or another running process is
 * still writing are left alone.
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
      if (!isStaleTemp(entry, (await fs.stat(path)).mtimeMs)) continue
      await fs.unlink(path)
      removed.push(entry)
    } catch {
      // Already gone or not ours to remove; leave it.
    }
  }
  return removed
}
