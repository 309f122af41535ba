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

/**
 * The meaning of an errno code ("EEXIST"), as a phrase with no full stop. An unknown code keeps the
 * code itself, the only clue a technician has, inside a Vietnamese phrase.
 */
export function errnoMeaning(code: string): string {
  return MEANINGS[code] ?? `lỗi hệ thống chưa rõ nguyên nhân (mã lỗi ${code || 'không có'})`
}

/** The errno code carried by an error from Node's file functions ("ENOENT"), or "" for any other error. */
export function errnoOf(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return ''
  const code = String(error.code)
  return /^E[A-Z0-9]+$/.test(code) || code === 'UNKNOWN' ? code : ''
}
