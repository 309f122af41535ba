import { dirname, join } from 'node:path'
import { cleanStaleTempFiles } from '@node/atomicWrite'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'

/**
 * Removes the stale temp files (a killed or crashed earlier export's) from the folders the files of an
 * export go to, before it writes; the app only cleans the folders of its drafts and settings, so
 * without this an export folder keeps them for good. Temps of a running export (this one or another
 * process's) are kept. Returns the paths removed; a folder that cannot be read is skipped.
 */
export async function cleanExportFolders(
  outputs: readonly string[],
  fs: FileSystem = nodeFileSystem,
): Promise<string[]> {
  const removed: string[] = []
  for (const dir of new Set(outputs.map((path) => dirname(path)))) {
    for (const name of await cleanStaleTempFiles(dir, fs)) removed.push(join(dir, name))
  }
  return removed
}
