import { describeError, describeErrorEn } from '@shared/text/describeError'
import { errnoMeaning, errnoMeaningEn, errnoOf } from '@shared/text/errnoMeaning'
import { SaidError, type Said } from '@shared/text/said'

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

/** A save that failed with a message the officer can act on (and its English); the previous file is untouched. */
export class SaveError extends SaidError {
  constructor(
    readonly code: SaveErrorCode,
    message: string,
    en: string,
  ) {
    super(message, en)
    this.name = 'SaveError'
  }
}

export function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

const KEPT = 'Tệp cũ vẫn còn nguyên.'
const KEPT_EN = 'The previous file is unchanged.'

/** The refusal for a target whose mode bits forbid writing (root could write it; we never do). */
export function readOnlyError(fileName: string): SaveError {
  return new SaveError(
    'read-only',
    `Tệp "${fileName}" đang đặt chế độ chỉ đọc nên không được ghi đè. ${KEPT} Hãy dùng "Lưu thành…" để lưu thành tệp khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi lưu lại.`,
    `"${fileName}" is set read-only, so it is not overwritten. ${KEPT_EN} Use "Save As…" to save it as another file, or clear the file's read-only attribute and save again.`,
  )
}

/** Every byte was handed to the disk but the file came out shorter: never rename it over the old one. */
export function incompleteWriteError(fileName: string, written: number, expected: number): SaveError {
  return new SaveError(
    'incomplete',
    `Ghi "${fileName}" không trọn vẹn (ổ đĩa chỉ nhận ${written} trên ${expected} byte). ${KEPT} Hãy kiểm tra dung lượng ổ đĩa rồi lưu lại, hoặc dùng "Lưu thành…" để lưu sang ổ khác.`,
    `"${fileName}" was not written completely (the disk took only ${written} of ${expected} bytes). ${KEPT_EN} Check the disk's free space and save again, or use "Save As…" to save to another disk.`,
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
    `"${fileName}" has ${names} names pointing at one content (hard links); overwriting it would split them into different files, so it is not written. ${KEPT_EN} Use "Save As…" to save it as another file.`,
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
    `The temporary copy of "${fileName}" was deleted by another program before it could replace the previous file (a cleaner, an antivirus or a file sync tool?). ${KEPT_EN} Save again.`,
  )
}

/** The meaning of a file-system error as a sentence, in both languages (or the error described). */
function detailOf(error: unknown): Said {
  const code = errnoOf(error)
  return code
    ? { vi: `${errnoMeaning(code)}.`, en: `${errnoMeaningEn(code)}.` }
    : { vi: describeError(error), en: describeErrorEn(error) }
}

/** A folder an export needs could not be created (a file in its place, a name too long, no right). */
export function createFolderError(folder: string, error: unknown): SaveError {
  const detail = detailOf(error)
  return new SaveError(
    'other',
    `Không tạo được thư mục "${folder}": ${detail.vi} Chưa ghi tệp nào.`,
    `Could not create the folder "${folder}": ${detail.en} No file was written.`,
  )
}

/** Maps a file-system error to a message that says what happened and what to do. */
export function toSaveError(error: unknown, fileName: string): SaveError {
  if (error instanceof SaveError) return error
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new SaveError(
        'no-space',
        `Ổ đĩa đã đầy, không lưu được "${fileName}". ${KEPT} Hãy giải phóng dung lượng rồi lưu lại, hoặc dùng "Lưu thành…" để lưu sang ổ khác.`,
        `The disk is full; "${fileName}" was not saved. ${KEPT_EN} Free some space and save again, or use "Save As…" to save to another disk.`,
      )
    case 'EROFS':
      return new SaveError(
        'read-only',
        `Ổ đĩa chỉ cho phép đọc, không lưu được "${fileName}". ${KEPT} Hãy dùng "Lưu thành…" để lưu vào thư mục khác.`,
        `The disk is read-only; "${fileName}" was not saved. ${KEPT_EN} Use "Save As…" to save to another folder.`,
      )
    case 'EACCES':
    case 'EPERM':
      return new SaveError(
        'permission',
        `Không có quyền ghi "${fileName}" hoặc thư mục chứa nó. ${KEPT} Hãy dùng "Lưu thành…" để lưu vào thư mục khác.`,
        `No permission to write "${fileName}" or its folder. ${KEPT_EN} Use "Save As…" to save to another folder.`,
      )
    case 'EBUSY':
      return new SaveError(
        'busy',
        `Tệp "${fileName}" đang bị một chương trình khác giữ. ${KEPT} Hãy đóng chương trình đó rồi lưu lại, hoặc dùng "Lưu thành…".`,
        `"${fileName}" is held by another program. ${KEPT_EN} Close that program and save again, or use "Save As…".`,
      )
    case 'ENOENT':
    case 'ENOTDIR':
      return new SaveError(
        'not-found',
        `Thư mục chứa "${fileName}" không còn tồn tại (ổ USB đã rút hoặc thư mục bị xóa?). Hãy dùng "Lưu thành…" để chọn chỗ lưu khác.`,
        `The folder holding "${fileName}" no longer exists (a USB drive pulled out, or the folder deleted?). Use "Save As…" to choose another place.`,
      )
    case 'ENAMETOOLONG':
      return new SaveError(
        'name-too-long',
        `Tên hoặc đường dẫn tệp "${fileName}" quá dài. Hãy dùng "Lưu thành…" với tên ngắn hơn.`,
        `The file name or path of "${fileName}" is too long. Use "Save As…" with a shorter name.`,
      )
    case 'EISDIR':
      return new SaveError(
        'not-a-file',
        `"${fileName}" là một thư mục, không phải tệp: không lưu được.`,
        `"${fileName}" is a folder, not a file: it cannot be saved.`,
      )
    case 'ELOOP':
      return new SaveError(
        'link-loop',
        `"${fileName}" là một lối tắt (liên kết tượng trưng) trỏ vòng quanh, không dẫn tới tệp thật nào nên không lưu được. Không tệp nào bị thay đổi. Hãy dùng "Lưu thành…" để chọn chỗ lưu khác, hoặc sửa lại lối tắt.`,
        `"${fileName}" is a shortcut (symbolic link) that loops and leads to no real file, so it cannot be saved. No file was changed. Use "Save As…" to choose another place, or fix the shortcut.`,
      )
    case 'EIO':
      return new SaveError(
        'io',
        `Lỗi đọc/ghi ổ đĩa khi lưu "${fileName}". ${KEPT} Hãy thử lưu lại; nếu vẫn lỗi, dùng "Lưu thành…" để lưu sang ổ khác.`,
        `A disk read/write error while saving "${fileName}". ${KEPT_EN} Try saving again; if it fails again, use "Save As…" to save to another disk.`,
      )
    case 'EEXIST':
      return new SaveError(
        'exists',
        `Không lưu được "${fileName}": đã có một tệp hoặc thư mục trùng tên ở chỗ cần ghi. ${KEPT} Hãy dùng "Lưu thành…" với tên khác.`,
        `"${fileName}" was not saved: a file or folder of the same name is in the way. ${KEPT_EN} Use "Save As…" with another name.`,
      )
    default: {
      // Never Node's or V8's English: an errno says what its code means, anything else is described.
      const detail = detailOf(error)
      return new SaveError(
        'other',
        `Không lưu được "${fileName}": ${detail.vi} ${KEPT}`,
        `"${fileName}" was not saved: ${detail.en} ${KEPT_EN}`,
      )
    }
  }
}
