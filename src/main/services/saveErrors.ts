/** A save that failed with a message the officer can act on; the previous file is untouched. */
export class SaveError extends Error {
  constructor(
    readonly code: 'read-only' | 'no-space' | 'io' | 'permission' | 'not-found' | 'changed-on-disk' | 'other',
    message: string,
  ) {
    super(message)
    this.name = 'SaveError'
  }
}

function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

/** Maps a file-system error to a Vietnamese message that says what happened and what to do. */
export function toSaveError(error: unknown, fileName: string): SaveError {
  if (error instanceof SaveError) return error
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new SaveError(
        'no-space',
        `Ổ đĩa đã đầy, không lưu được "${fileName}". Tệp cũ vẫn còn nguyên. Hãy giải phóng dung lượng hoặc dùng "Lưu thành" để lưu sang ổ khác.`,
      )
    case 'EROFS':
      return new SaveError(
        'read-only',
        `Ổ đĩa chỉ cho phép đọc, không lưu được "${fileName}". Hãy dùng "Lưu thành" để lưu vào thư mục khác.`,
      )
    case 'EACCES':
    case 'EPERM':
      return new SaveError(
        'permission',
        `Không có quyền ghi "${fileName}". Tệp cũ vẫn còn nguyên. Hãy dùng "Lưu thành" để lưu vào thư mục khác.`,
      )
    case 'ENOENT':
      return new SaveError('not-found', `Thư mục chứa "${fileName}" không còn tồn tại. Hãy dùng "Lưu thành".`)
    case 'EIO':
      return new SaveError(
        'io',
        `Lỗi đọc/ghi ổ đĩa khi lưu "${fileName}". Tệp cũ vẫn còn nguyên. Hãy thử lại hoặc lưu sang ổ khác.`,
      )
    default: {
      const detail = error instanceof Error ? error.message : String(error)
      return new SaveError('other', `Không lưu được "${fileName}" (${detail}). Tệp cũ vẫn còn nguyên.`)
    }
  }
}
