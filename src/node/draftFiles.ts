import { createHash } from 'node:crypto'
import { basename, isAbsolute, resolve } from 'node:path'
import { MIGRATIONS, type Migration } from '@shared/model/migrations'
import {
  MAX_DRAFT_BYTES,
  serializeReport,
  tooLargeMessage,
  type ReportErrorCode,
} from '@shared/model/parseReport'
import { DRAFT_EXTENSION, type Report } from '@shared/model/report'
import { parseDraftWithinBudget } from '@shared/export/parseDraftWithinBudget'
import { describeError, describeErrorEn } from '@shared/text/describeError'
import { errnoMeaning, errnoMeaningEn, errnoOf } from '@shared/text/errnoMeaning'
import type { Said } from '@shared/text/said'
import { writeFileAtomic } from './atomicWrite'
import type { DiskStamp } from './docSessions'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { nonFileDetail } from './nonFileDetail'
import { errnoCode } from './saveErrors'

type ReadFailureCode =
  ReportErrorCode | 'not-found' | 'no-permission' | 'not-a-file' | 'read-error' | 'over-budget'

type ReadDraftResult =
  | ({ ok: true; report: Report; migratedFrom: number | null; repaired: number } & DiskStamp)
  | { ok: false; code: ReadFailureCode; message: string; en: string }

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Reads and validates a draft; never throws, never changes the file. The size is checked before a
 * byte is read, so a huge file cannot exhaust memory. Every message starts with the file's name.
 */
export async function readDraftFile(
  path: string,
  fs: FileSystem = nodeFileSystem,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Promise<ReadDraftResult> {
  const name = basename(path)
  const fail = (code: ReadFailureCode, detail: Said): ReadDraftResult => ({
    ok: false,
    code,
    message: `Không mở được "${name}": ${detail.vi}`,
    en: `Could not open "${name}": ${detail.en}`,
  })
  try {
    const st = await fs.stat(path)
    if (!st.isFile())
      return fail('not-a-file', { vi: `đây ${nonFileDetail(st).vi}.`, en: `this ${nonFileDetail(st).en}.` })
    if (st.size > MAX_DRAFT_BYTES) return fail('too-large', tooLargeMessage(st.size))
    const bytes = await fs.readFile(path)
    const parsed = parseDraftWithinBudget(bytes, migrations)
    if (!parsed.ok) return fail(parsed.code, { vi: parsed.message, en: parsed.en })
    return { ...parsed, mtimeMs: st.mtimeMs, size: bytes.byteLength, sha256: sha256Hex(bytes) }
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return fail('not-found', {
        vi: 'không tìm thấy tệp (tệp đã bị xóa, đổi tên hoặc di chuyển).',
        en: 'the file was not found (deleted, renamed or moved).',
      })
    if (code === 'EACCES' || code === 'EPERM')
      return fail('no-permission', { vi: 'không có quyền đọc tệp.', en: 'no permission to read the file.' })
    if (code === 'EISDIR')
      return fail('not-a-file', {
        vi: 'đây là một thư mục, không phải tệp.',
        en: 'this is a folder, not a file.',
      })
    return fail('read-error', readErrorDetail(error))
  }
}

/** Why reading failed, in words the officer knows: Node's own text names the path again. */
function readErrorDetail(error: unknown): Said {
  const code = errnoOf(error)
  if (code === 'ELOOP')
    return {
      vi: 'tệp là một lối tắt (liên kết tượng trưng) trỏ vòng quanh, không dẫn tới tệp thật nào.',
      en: 'the file is a shortcut (symbolic link) that loops and leads to no real file.',
    }
  if (code === 'ENAMETOOLONG')
    return { vi: 'tên hoặc đường dẫn tệp quá dài.', en: 'the file name or path is too long.' }
  if (code === 'EIO')
    return {
      vi: 'lỗi đọc ổ đĩa (ổ hỏng, hoặc ổ USB bị rút ra giữa chừng?).',
      en: 'a disk read error (a damaged disk, or a USB drive pulled out midway?).',
    }
  if (code)
    return {
      vi: `lỗi khi đọc ổ đĩa: ${errnoMeaning(code)}.`,
      en: `a disk read error: ${errnoMeaningEn(code)}.`,
    }
  return {
    vi: `không đọc được tệp. ${describeError(error)}`,
    en: `the file could not be read. ${describeErrorEn(error)}`,
  }
}

/** Writes a draft atomically and returns what is now on disk, for change detection. */
export async function writeDraftFile(
  path: string,
  report: Report,
  fs: FileSystem = nodeFileSystem,
): Promise<DiskStamp> {
  const bytes = new TextEncoder().encode(serializeReport(report))
  await writeFileAtomic(path, bytes, fs)
  const st = await fs.stat(path)
  return { mtimeMs: st.mtimeMs, size: bytes.byteLength, sha256: sha256Hex(bytes) }
}

type DiskState = 'unchanged' | 'changed' | 'deleted'

/**
 * Whether the file still holds what we last read or wrote. Same mtime and size is taken as unchanged;
 * otherwise the bytes are hashed, so a program that only touched the file is not reported.
 */
export async function diskStateOf(
  path: string,
  known: DiskStamp,
  fs: FileSystem = nodeFileSystem,
): Promise<DiskState> {
  let st: Awaited<ReturnType<FileSystem['stat']>>
  try {
    st = await fs.stat(path)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return 'deleted'
    throw error
  }
  if (!st.isFile()) return 'deleted'
  if (st.mtimeMs === known.mtimeMs && st.size === known.size) return 'unchanged'
  if (st.size !== known.size) return 'changed'
  const bytes = await fs.readFile(path)
  return sha256Hex(bytes) === known.sha256 ? 'unchanged' : 'changed'
}

/** The draft named on a command line (ours or a second instance's), made absolute against `cwd`. */
export function draftPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue
    if (arg.toLowerCase().endsWith(DRAFT_EXTENSION)) return isAbsolute(arg) ? arg : resolve(cwd, arg)
  }
  return null
}
