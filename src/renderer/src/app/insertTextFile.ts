import type { Editor } from '@tiptap/core'
import { detectLegacyEncoding } from '@shared/text/legacy/detectLegacyEncoding'
import { legacyEncodingName } from '../editor/legacy/legacyEncodingName'
import { api } from '../ipc/api'
import type { StatusMessage } from '../status/statusMessage'

/**
 * "Chèn văn bản từ tệp .txt…": main reads the file; its text goes in at the caret as a plain-text
 * paste does — paragraphs at blank lines, TCVN3 or VNI converted to Unicode with one Ctrl+Z to keep
 * the text as it was in the file.
 */
export async function insertTextFile(editor: Editor | null, setStatus: (status: StatusMessage) => void) {
  const result = await api().importTextFile()
  if (!result.ok) {
    if (!result.canceled) setStatus({ kind: 'error', text: result.message, said: result.said })
    return
  }
  if (!editor || editor.isDestroyed) return
  const encoding = detectLegacyEncoding(result.text)?.encoding ?? null
  editor.view.focus()
  editor.view.pasteText(result.text)
  setStatus(
    encoding
      ? {
          kind: 'info',
          key: 'textFile.insertedLegacy',
          params: { name: result.fileName, encoding: legacyEncodingName(encoding) },
        }
      : { kind: 'info', key: 'textFile.inserted', params: { name: result.fileName } },
  )
}
