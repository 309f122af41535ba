import { basename } from 'node:path'
import { parseReportBytes, serializeReport, type ParseResult } from '../../shared/model/parseReport'
import type { Report } from '../../shared/model/report'
import { writeFileAtomic } from './atomicWrite'
import { nodeFileSystem, type FileSystem } from './fileSystem'

export type ReadDraftResult =
  (ParseResult & { ok: true; mtimeMs: number; size: number }) | { ok: false; message: string }

function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

/** Reads and validates a draft; never throws, never changes the file. */
export async function readDraftFile(path: string, fs: FileSystem = nodeFileSystem): Promise<ReadDraftResult> {
  const name = basename(path)
  try {
    const st = await fs.stat(path)
    if (!st.isFile()) return { ok: false, message: `"${name}" không phải là tệp.` }
    const bytes = await fs.readFile(path)
    const parsed = parseReportBytes(bytes)
    if (!parsed.ok) return { ok: false, message: `Không mở được "${name}": ${parsed.message}` }
    return { ...parsed, mtimeMs: st.mtimeMs, size: st.size }
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT')
      return { ok: false, message: `Không tìm thấy tệp "${name}": tệp đã bị xóa hoặc di chuyển.` }
    if (code === 'EACCES' || code === 'EPERM')
      return { ok: false, message: `Không có quyền đọc tệp "${name}".` }
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `Không đọc được tệp "${name}" (${detail}).` }
  }
}

/** Writes a draft atomically and returns the new file's stat for change detection. */
export async function writeDraftFile(
  path: string,
  report: Report,
  fs: FileSystem = nodeFileSystem,
): Promise<{ mtimeMs: number; size: number }> {
  const bytes = new TextEncoder().encode(serializeReport(report))
  await writeFileAtomic(path, bytes, fs)
  const st = await fs.stat(path)
  return { mtimeMs: st.mtimeMs, size: st.size }
}
