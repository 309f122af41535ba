import { dialog, type BrowserWindow } from 'electron'
import type { DialogPort, ExportFormat } from './handlers/ports'

const DRAFT_FILTER = { name: 'Bản thảo Soạn Tin', extensions: ['soantin'] }
interface ExportDialog {
  title: string
  filter: { name: string; extensions: string[] }
}
const EXPORT_DIALOGS: Record<ExportFormat, ExportDialog> = {
  html: { title: 'Xuất HTML', filter: { name: 'Trang web (HTML)', extensions: ['html', 'htm'] } },
  docx: { title: 'Xuất DOCX', filter: { name: 'Văn bản Word (DOCX)', extensions: ['docx'] } },
  csv: { title: 'Xuất danh bạ', filter: { name: 'Bảng CSV (Excel)', extensions: ['csv'] } },
}
const TEXT_FILTER = { name: 'Văn bản thuần (TXT)', extensions: ['txt'] }

/** Native open and save dialogs; main alone decides which paths are read or written. */
export function electronDialogs(getWindow: () => BrowserWindow | null): DialogPort {
  return {
    async chooseDraftToOpen() {
      const win = getWindow()
      const options = { title: 'Mở bản thảo', properties: ['openFile' as const], filters: [DRAFT_FILTER] }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseDraftSavePath(defaultFileName) {
      const win = getWindow()
      const options = { title: 'Lưu bản thảo', defaultPath: defaultFileName, filters: [DRAFT_FILTER] }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
    async chooseExportPath(format, defaultFileName) {
      const win = getWindow()
      const { title, filter } = EXPORT_DIALOGS[format]
      const options = { title, defaultPath: defaultFileName, filters: [filter] }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
    async chooseTextFileToOpen() {
      const win = getWindow()
      const options = {
        title: 'Chèn văn bản từ tệp',
        properties: ['openFile' as const],
        filters: [TEXT_FILTER],
      }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async choosePeopleCsvToOpen() {
      const win = getWindow()
      const options = {
        title: 'Nhập danh bạ',
        properties: ['openFile' as const],
        filters: [EXPORT_DIALOGS.csv.filter],
      }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}
