import { dirname, resolve } from 'node:path'
import type { FileSystem } from './fileSystem'
import { errnoCode } from './saveErrors'

// Linux gives up after 40 links in one lookup; a longer chain of dangling links is treated as a loop.
const MAX_LINK_HOPS = 40

async function readlinkOrNull(fs: FileSystem, path: string): Promise<string | null> {
  try {
    return await fs.readlink(path)
  } catch (error) {
    // Not a link (EINVAL; Windows says UNKNOWN) or nothing there: `path` is the file to create.
    if (['EINVAL', 'ENOENT', 'ENOTDIR', 'UNKNOWN'].includes(errnoCode(error))) return null
    throw error
  }
}

/**
 * The file a write to `path` must replace: every symbolic link followed, so that the link stays a link
 * and its real target gets the content. A dangling link resolves to the path it points at (the file is
 * created there); a path that is no link is returned as it is. A loop throws ELOOP.
 */
export async function resolveLinkTarget(fs: FileSystem, path: string): Promise<string> {
  let current = path
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    try {
      return await fs.realpath(current)
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error
    }
    const link = await readlinkOrNull(fs, current)
    if (link === null) return current
    current = resolve(dirname(current), link)
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' })
}
