import type { Said } from '@shared/text/said'
import type { FileSystem } from './fileSystem'

type Stats = Awaited<ReturnType<FileSystem['stat']>>

/**
 * What a path that is not a regular file is, as the end of a sentence about it ("… là một thư mục,
 * không phải tệp", "… is a folder, not a file"): a folder, a pipe, a socket and a device each say
 * so, never all "folder".
 */
export function nonFileDetail(st: Stats): Said {
  if (st.isDirectory()) return { vi: 'là một thư mục, không phải tệp', en: 'is a folder, not a file' }
  if (st.isFIFO())
    return {
      vi: 'là một ống dẫn dữ liệu (FIFO) giữa các chương trình, không phải tệp',
      en: 'is a data pipe (FIFO) between programs, not a file',
    }
  if (st.isSocket())
    return {
      vi: 'là một cổng kết nối (socket) của một chương trình, không phải tệp',
      en: "is a program's connection point (socket), not a file",
    }
  if (st.isCharacterDevice() || st.isBlockDevice()) {
    return {
      vi: 'là một thiết bị của hệ thống (ổ đĩa, cổng hoặc màn hình dòng lệnh), không phải tệp',
      en: 'is a system device (a disk, a port or a terminal), not a file',
    }
  }
  return { vi: 'không phải một tệp thông thường', en: 'is not an ordinary file' }
}
