import { basename } from 'node:path'
import type { IpcResponses } from '@shared/ipc/contract'
import { decodeTextFile, MAX_TEXT_FILE_BYTES, textFileTooLarge } from '@shared/model/decodeTextFile'
import { describeError, describeErrorEn } from '@shared/text/describeError'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import type { DialogPort } from './ports'

interface TextFileDeps {
  dialogs: DialogPort
  fs?: FileSystem
}

/** "Chèn văn bản từ tệp .txt…": main asks for the file, reads it (bounded) and sends its text. */
export function createTextFileHandlers(deps: TextFileDeps) {
  const fs = deps.fs ?? nodeFileSystem
  return {
    async importTextFile(): Promise<IpcResponses['importTextFile']> {
      if (!deps.dialogs.chooseTextFileToOpen)
        return { ok: false, message: 'Không mở được hộp chọn tệp.', en: 'Could not show the file dialog.' }
      const path = await deps.dialogs.chooseTextFileToOpen()
      if (!path) return { ok: false, canceled: true }
      const name = basename(path)
      let bytes: Uint8Array
      try {
        // Size first: a huge or endless file (a device, a FIFO) is refused before it is read.
        const info = await fs.stat(path)
        if (!info.isFile())
          return { ok: false, message: `“${name}” không phải một tệp.`, en: `“${name}” is not a file.` }
        if (info.size > MAX_TEXT_FILE_BYTES) {
          const said = textFileTooLarge(info.size)
          return {
            ok: false,
            message: `Không chèn được “${name}”: ${said.vi}`,
            en: `Could not insert “${name}”: ${said.en}`,
          }
        }
        bytes = await fs.readFile(path)
      } catch (error) {
        return {
          ok: false,
          message: `Không đọc được “${name}”: ${describeError(error)}`,
          en: `Could not read “${name}”: ${describeErrorEn(error)}`,
        }
      }
      const decoded = decodeTextFile(bytes)
      if (!decoded.ok)
        return {
          ok: false,
          message: `Không chèn được “${name}”: ${decoded.said.vi}`,
          en: `Could not insert “${name}”: ${decoded.said.en}`,
        }
      return { ok: true, fileName: name, text: decoded.text, encoding: decoded.encoding }
    },
  }
}
