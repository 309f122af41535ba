/** What each file-system error code means, in the officer's words; Node's own texts are English. */
const MEANINGS: Record<string, string> = {
  ENOENT: 'không tìm thấy tệp hoặc thư mục',
  ENOTDIR: 'một phần của đường dẫn không phải là thư mục',
  EACCES: 'không có quyền truy cập tệp hoặc thư mục',
  EPERM: 'không có quyền truy cập tệp hoặc thư mục',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  ENOSPC: 'ổ đĩa đã đầy',
  EDQUOT: 'đã dùng hết dung lượng được cấp trên ổ đĩa',
  EFBIG: 'tệp vượt quá kích thước ổ đĩa cho phép',
  EIO: 'lỗi đọc/ghi ổ đĩa',
  EBUSY: 'tệp hoặc ổ đĩa đang bị một chương trình khác giữ',
  ETXTBSY: 'tệp đang bị một chương trình khác giữ',
  ENAMETOOLONG: 'tên hoặc đường dẫn tệp quá dài',
  ELOOP: 'lối tắt (liên kết tượng trưng) trỏ vòng quanh, không dẫn tới tệp thật nào',
  EEXIST: 'đã có một tệp hoặc thư mục trùng tên',
  EISDIR: 'đây là một thư mục, không phải tệp',
  ENOTEMPTY: 'thư mục không trống',
  EMFILE: 'máy đang mở quá nhiều tệp cùng lúc',
  ENFILE: 'máy đang mở quá nhiều tệp cùng lúc',
  EAGAIN: 'tệp tạm thời chưa sẵn sàng',
  ENOMEM: 'máy không đủ bộ nhớ',
  EINVAL: 'tên tệp có ký tự không hợp lệ hoặc ổ đĩa không hỗ trợ thao tác này',
  EXDEV: 'tệp tạm và tệp đích nằm trên hai ổ đĩa khác nhau',
  ENXIO: 'thiết bị chứa tệp không còn kết nối',
  ENODEV: 'thiết bị chứa tệp không còn kết nối',
  ETIMEDOUT: 'ổ mạng không trả lời kịp',
  ESTALE: 'ổ mạng đã ngắt kết nối hoặc tệp đã bị thay đổi từ máy khác',
  ECONNRESET: 'mất kết nối tới ổ mạng',
  ENETDOWN: 'mất kết nối tới ổ mạng',
  ENETUNREACH: 'mất kết nối tới ổ mạng',
  EHOSTDOWN: 'mất kết nối tới ổ mạng',
  EHOSTUNREACH: 'mất kết nối tới ổ mạng',
  // Windows gives this for errors libuv cannot name.
  UNKNOWN: 'lỗi hệ thống chưa rõ nguyên nhân',
}

/** The same meanings for the English interface. */
const MEANINGS_EN: Record<string, string> = {
  ENOENT: 'the file or folder was not found',
  ENOTDIR: 'part of the path is not a folder',
  EACCES: 'no permission to use the file or folder',
  EPERM: 'no permission to use the file or folder',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk space allotted to you is used up',
  EFBIG: 'the file is larger than the disk allows',
  EIO: 'a disk read/write error',
  EBUSY: 'the file or disk is held by another program',
  ETXTBSY: 'the file is held by another program',
  ENAMETOOLONG: 'the file name or path is too long',
  ELOOP: 'a shortcut (symbolic link) that loops and leads to no real file',
  EEXIST: 'a file or folder of the same name already exists',
  EISDIR: 'this is a folder, not a file',
  ENOTEMPTY: 'the folder is not empty',
  EMFILE: 'the computer has too many files open at once',
  ENFILE: 'the computer has too many files open at once',
  EAGAIN: 'the file is not ready yet',
  ENOMEM: 'the computer does not have enough memory',
  EINVAL: 'the file name has an invalid character, or the disk does not support this operation',
  EXDEV: 'the temporary file and the target are on two different disks',
  ENXIO: 'the device holding the file is no longer connected',
  ENODEV: 'the device holding the file is no longer connected',
  ETIMEDOUT: 'the network drive did not answer in time',
  ESTALE: 'the network drive was disconnected or the file was changed from another computer',
  ECONNRESET: 'the connection to the network drive was lost',
  ENETDOWN: 'the connection to the network drive was lost',
  ENETUNREACH: 'the connection to the network drive was lost',
  EHOSTDOWN: 'the connection to the network drive was lost',
  EHOSTUNREACH: 'the connection to the network drive was lost',
  UNKNOWN: 'a system error of unknown cause',
}

/**
 * The meaning of an errno code ("EEXIST"), as a phrase with no full stop. An unknown code keeps the
 * code itself, the only clue a technician has, inside a Vietnamese phrase.
 */
export function errnoMeaning(code: string): string {
  return MEANINGS[code] ?? `lỗi hệ thống chưa rõ nguyên nhân (mã lỗi ${code || 'không có'})`
}

/** `errnoMeaning` for the English interface. */
export function errnoMeaningEn(code: string): string {
  return MEANINGS_EN[code] ?? `a system error of unknown cause (error code ${code || 'none'})`
}

/** The errno code carried by an error from Node's file functions ("ENOENT"), or "" for any other error. */
export function errnoOf(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return ''
  const code = String(error.code)
  return /^E[A-Z0-9]+$/.test(code) || code === 'UNKNOWN' ? code : ''
}
