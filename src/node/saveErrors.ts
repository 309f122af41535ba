import { describeError } from '@shared/text/describeError'
import { errnoMeaning, errnoOf } from '@shared/text/errnoMeaning'

/** Why a save failed; each has a message saying what happened and what to do. */
type SaveErrorCode =
  | 'read-only'
  | 'no-space'
  | 'io'
  | 'incomplete'
  | 'permission'
  | 'not-found'
  | 'busy'
  | 'name-too-long'
  | 'not-a-file'
  | 'link-loop'
  | 'hard-linked'
  | 'exists'
  | 'temp-removed'
  | 'other'

/** A save that failed with a message the officer can act on; the previous file is untouched. */
export class SaveError extends Error {
  constructor(
    readonly code: SaveErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'SaveError'
  }
}

export function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

const KEPT = 'Tệp cũ vẫn còn nguyên.'

/** The refusal for a target whose mode bits forbid writing (root could write it; we never do). */
export function readOnlyError(fileName: string): SaveError {
  return new SaveError(
    'read-only',
    `Tệp "${fileName}" đang đặt chế độ chỉ đọc nên không được ghi đè. ${KEPT} Hãy dùng "Lưu thành…" để lưu thành tệp khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi lưu lại.`,
  )
}

/** Every byte was handed to the disk but the file came out shorter: never rename it over the old one. */
export function incompleteWriteError(fileName: string, written: number, expected: number): SaveError {
  return new SaveError(
    'incomplete',
    `Ghi "${fileName}" không trọn vẹn (ổ đĩa chỉ nhận ${written} trên ${expected} byte). ${KEPT} Hãy kiểm tra dung lượng ổ đĩa rồi lưu lại, hoặc dùng "Lưu thành…" để lưu sang ổ khác.`,
  )
}

/**
 * The refusal for a file with several hard-linked names: replacing it would leave the other names on
 * the old content, so the officer would silently have two different files.
 */
export function hardLinkedError(fileName: string, names: number): SaveError {
  return new SaveError(
    'hard-linked',
    `Tệp "${fileName}" có ${names} tên cùng trỏ vào một nội dung (liên kết cứng); lưu đè sẽ tách chúng thành những tệp khác nhau nên không được ghi. ${KEPT} Hãy dùng "Lưu thành…" để lưu thành tệp khác.`,
  )
}

/**
 * The staged temp file vanished before its rename while its folder is still there: another program
 * (a cleaner, an antivirus, a sync tool) removed it. Not a pulled-out disk.
 */
export function tempRemovedError(fileName: string): SaveError {
  return new SaveError(
    'temp-removed',
    `Bản ghi tạm của "${fileName}" đã bị một chương trình khác xóa mất trước khi kịp thay vào chỗ tệp cũ (chương trình dọn dẹp, diệt virus hoặc đồng bộ tệp?). ${KEPT} Hãy lưu lại.`,
  )
}

/** A folder an export needs could not be created (a file in its place, a name too long, no right). */
export function createFolderError(folder: string, error: unknown): SaveError {
  const code = errnoOf(error)
  const detail = code ? `${errnoMeaning(code)}.` : describeError(error)
  return new SaveError('other', `Không tạo được thư mục "${folder}": ${detail} Chưa ghi tệp nào.`)
}

/** Maps a file-system error to a Vietnamese message that says what happened and what to do. */
export function toSaveError(error: unknown, fileName: string): SaveError {
  if (error instanceof SaveError) return error
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new SaveError(
        'no-space',
        `Ổ đĩa đã đầy, không lưu được "${fileName}". ${KEPT} Hãy giải phóng dung lượng rồi lưu lại, hoặc dùng "Lưu thành…" để lưu sang ổ khác.`,
      )
    case 'EROFS':
      return new SaveError(
        'read-only',
        `Ổ đĩa chỉ cho phép đọc, không lưu được "${fileName}". ${KEPT} Hãy dùng "Lưu thành…" để lưu vào thư mục khác.`,
      )
    case 'EACCES':
    case 'EPERM':
      return new SaveError(
        'permission',
        `Không có quyền ghi "${fileName}" hoặc thư mục chứa nó. ${KEPT} Hãy dùng "Lưu thành…" để lưu vào thư mục khác.`,
      )
    case 'EBUSY':
      return new SaveError(
        'busy',
        `Tệp "${fileName}" đang bị một chương trình khác giữ. ${KEPT} Hãy đóng chương trình đó rồi lưu lại, hoặc dùng "Lưu thành…".`,
      )
    case 'ENOENT':
    case 'ENOTDIR':
      return new SaveError(
        'not-found',
        `Thư mục chứa "${fileName}" không còn tồn tại (ổ USB đã rút hoặc thư mục bị xóa?). Hãy dùng "Lưu thành…" để chọn chỗ lưu khác.`,
      )
    case 'ENAMETOOLONG':
      return new SaveError(
        'name-too-long',
        `Tên hoặc đường dẫn tệp "${fileName}" quá dài. Hãy dùng "Lưu thành…" với tên ngắn hơn.`,
      )
    case 'EISDIR':
      return new SaveError('not-a-file', `"${fileName}" là một thư mục, không phải tệp: không lưu được.`)
    case 'ELOOP':
      return new SaveError(
        'link-loop',
        `"${fileName}" là một lối tắt (liên kết tượng trưng) trỏ vòng quanh, không dẫn tới tệp thật nào nên không lưu được. Không tệp nào bị thay đổi. Hãy dùng "Lưu thành…" để chọn chỗ lưu khác, hoặc sửa lại lối tắt.`,
      )
    case 'EIO':
      return new SaveError(
        'io',
        `Lỗi đọc/ghi ổ đĩa khi lưu "${fileName}". ${KEPT} Hãy thử lưu lại; nếu vẫn lỗi, dùng "Lưu thành…" để lưu sang ổ khác.`,
      )
    case 'EEXIST':
      return new SaveError(
        'exists',
        `Không lưu được "${fileName}": đã có một tệp hoặc thư mục trùng tên ở chỗ cần ghi. ${KEPT} Hãy dùng "Lưu thành…" với tên khác.`,
      )
    default: {
      // Never Node's or V8's English: an errno says what its code means, anything else is described.
      const code = errnoOf(error)
      const detail = code ? `${errnoMeaning(code)}.` : describeError(error)
      return new SaveError('other', `Không lưu được "${fileName}": ${detail} ${KEPT}`)
    }
  }
}
