import { basename, dirname } from 'node:path'
import { commitStaged, discardStaged, stageFile, statOrNull, type StagedFile } from './atomicWrite'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { SaveError, createFolderError, toSaveError } from './saveErrors'
import { errorDetail, errorDetailEn } from '@shared/text/describeError'

/** One file of a batch: where it goes and its whole content. */
export interface BatchFile {
  path: string
  data: Uint8Array
}

/** Files that are written together or not at all, and the folders they need (created if missing). */
export interface FileBatch {
  files: BatchFile[]
  folders: string[]
}

/** Creates the missing folders, adding each one it created to `created` (deepest last). */
async function createFolders(folders: string[], created: string[], fs: FileSystem): Promise<void> {
  for (const folder of folders) {
    try {
      // A file where a parent folder should be fails the stat (ENOTDIR): the same refusal as mkdir's.
      const missing: string[] = []
      for (let dir = folder; !(await statOrNull(fs, dir)); dir = dirname(dir)) {
        missing.unshift(dir)
        if (dirname(dir) === dir) break
      }
      created.push(...missing)
      await fs.mkdir(folder)
    } catch (error) {
      throw createFolderError(folder, error)
    }
  }
}

async function removeAll(temps: StagedFile[], created: string[], fs: FileSystem): Promise<void> {
  for (const s of temps) await discardStaged(s, fs)
  for (const dir of [...created].reverse()) await fs.rmdir(dir).catch(() => undefined)
}

/** The rename phase broke after some files were replaced: say exactly which, so none is trusted blindly. */
function partialCommitError(replaced: string[], failed: string, after: number, error: unknown): SaveError {
  const list = replaced.map((p) => `"${p}"`).join(', ')
  const rest = after > 0 ? ` và ${after} tệp sau nó` : ''
  const restEn = after > 0 ? ` and ${after} file${after > 1 ? 's' : ''} after it` : ''
  return new SaveError(
    toSaveError(error, basename(failed)).code,
    `Chỉ ghi được một phần: đã thay ${list}; không ghi được "${failed}"${rest} (${errorDetail(error)}). Các tệp chưa ghi vẫn như trước khi xuất. Hãy kiểm tra ổ đĩa rồi xuất lại.`,
    `Only part was written: ${list} replaced; "${failed}"${restEn} not written (${errorDetailEn(error)}). The files not written are as they were before the export. Check the disk and export again.`,
  )
}

/**
 * Writes every file of the batch or none: each is first written in full to a temp beside its target
 * (fsynced); only when all are on disk are they renamed into place, in order. If any write fails, every
 * temp and every folder created here is removed and the old files are untouched. A rename can still
 * fail half-way (a disk pulled out): the error then names the files already replaced.
 */
export async function writeFileBatch(batch: FileBatch, fs: FileSystem = nodeFileSystem): Promise<void> {
  const created: string[] = []
  const staged: StagedFile[] = []
  try {
    await createFolders(batch.folders, created, fs)
    for (const file of batch.files) staged.push(await stageFile(file.path, file.data, fs))
  } catch (error) {
    await removeAll(staged, created, fs)
    throw error
  }
  const replaced: string[] = []
  for (const [i, s] of staged.entries()) {
    try {
      await commitStaged(s, fs)
    } catch (error) {
      await removeAll(staged.slice(i), replaced.length ? [] : created, fs)
      throw replaced.length
        ? partialCommitError(replaced, s.path, staged.length - i - 1, error)
        : toSaveError(error, basename(s.path))
    }
    replaced.push(s.path)
  }
  for (const dir of new Set(staged.map((s) => dirname(s.real)))) await fs.syncDir(dir)
}
