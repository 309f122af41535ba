import type { FileSystem } from './fileSystem'

type Stats = Awaited<ReturnType<FileSystem['stat']>>

/**
 * What a path that is not a regular file is, as the end of a sentence about it ("… là một thư mục,
 * không phải tệp"): a folder, a pipe, a socket and a device each say so, never all "folder".
 */
export function nonFileDetail(st: Stats): string {
  if (st.isDirectory()) return 'là một thư mục, không phải tệp'
  if (st.isFIFO()) return 'là một ống dẫn dữ liệu (FIFO) giữa các chương trình, không phải tệp'
  if (st.isSocket()) return 'là một cổng kết nối (socket) của một chương trình, không phải tệp'
  if (st.isCharacterDevice() || st.isBlockDevice()) {
    return 'là một thiết bị của hệ thống (ổ đĩa, cổng hoặc màn hình dòng lệnh), không phải tệp'
  }
  return 'không phải một tệp thông thường'
}

/** `nonFileDetail` for the English interface ("… is a folder, not a file"). */
export function nonFileDetailEn(st: Stats): string {
  if (st.isDirectory()) return 'is a folder, not a file'
  if (st.isFIFO()) return 'is a data pipe (FIFO) between programs, not a file'
  if (st.isSocket()) return "is a program's connection point (socket), not a file"
  if (st.isCharacterDevice() || st.isBlockDevice()) {
    return 'is a system device (a disk, a port or a terminal), not a file'
  }
  return 'is not an ordinary file'
}
