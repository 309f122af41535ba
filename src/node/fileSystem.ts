import { promises as fsp } from 'node:fs'

/** The file operations the save layer needs; tests inject failures (ENOSPC, EIO) through this seam. */
export interface WritableHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface FileSystem {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Follows symbolic links; `nlink` counts the file's hard-linked names. */
  stat(path: string): Promise<{
    mode: number
    size: number
    mtimeMs: number
    nlink: number
    isFile(): boolean
    isDirectory(): boolean
    isFIFO(): boolean
    isSocket(): boolean
    isCharacterDevice(): boolean
    isBlockDevice(): boolean
  }>
  /** The path with every symbolic link resolved; ENOENT when the final target does not exist. */
  realpath(path: string): Promise<string>
  /** A symbolic link's stored target, as written (maybe relative); EINVAL/ENOENT when `path` is not one. */
  readlink(path: string): Promise<string>
  readFile(path: string): Promise<Uint8Array>
  readdir(path: string): Promise<string[]>
  mkdir(path: string): Promise<void>
  /** Removes an empty folder. */
  rmdir(path: string): Promise<void>
  /** fsync on a directory so a rename inside it survives power loss; a no-op where unsupported. */
  syncDir(path: string): Promise<void>
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  stat: (path) => fsp.stat(path),
  realpath: (path) => fsp.realpath(path),
  readlink: (path) => fsp.readlink(path),
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
  rmdir: (path) => fsp.rmdir(path),
  syncDir: async (path) => {
    let handle: fsp.FileHandle | undefined
    try {
      handle = await fsp.open(path, 'r')
      await handle.sync()
    } catch {
      // Windows cannot open or fsync a directory; the rename is still atomic there.
    } finally {
      await handle?.close().catch(() => undefined)
    }
  },
}
