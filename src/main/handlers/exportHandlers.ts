import { randomBytes } from 'node:crypto'
import { basename, extname } from 'node:path'
import { exportHtml } from '@shared/export/html/exportHtml'
import { webPlainText } from '@shared/export/html/webPlainText'
import type { ExportProgress, IpcRequest, IpcResponses } from '@shared/ipc/contract'
import { defaultPrintLayout, type PrintLayout } from '@shared/settings/settings'
import { suggestFileName } from '@shared/text/fileName'
import { writeDocxExport } from '@node/docxExportFile'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { defaultImagesDir, writeHtmlExport } from '@node/htmlExportFile'
import { SaveError } from '@node/saveErrors'
import type { ClipboardPort, DialogPort, ShellPort } from './ports'

interface ExportHandlerDeps {
  dialogs: DialogPort
  clipboard?: ClipboardPort
  fs?: FileSystem
  /** The unit's print layout from settings, so exports look like the officer's DOCX. */
  printLayout?: () => Promise<PrintLayout>
  /** Opens exported files ("Mở tệp", "Mở thư mục"). */
  shell?: ShellPort
  exportTokens?: ExportTokens
  /** Sends an export's progress to the window (main → renderer event); absent in tests that ignore it. */
  onExportProgress?: (progress: ExportProgress) => void
}

/** Progress reporter for one export: passes a step on only when the whole percentage changes. */
function progressReporter(
  format: ExportProgress['format'],
  send: ((progress: ExportProgress) => void) | undefined,
): ((done: number, total: number) => void) | undefined {
  if (!send) return undefined
  let lastPercent = -1
  return (done, total) => {
    const percent = Math.floor((100 * done) / total)
    if (percent === lastPercent) return
    lastPercent = percent
    send({ format, done, total })
  }
}

/** Paths of files exported in this session behind opaque tokens: the renderer never holds a path. */
class ExportTokens {
  private readonly paths = new Map<string, string>()

  constructor(private readonly limit = 50) {}

  create(path: string): string {
    const token = randomBytes(12).toString('base64url')
    this.paths.set(token, path)
    // Only recent exports can be opened again; the oldest token goes first.
    for (const old of this.paths.keys()) {
      if (this.paths.size <= this.limit) break
      this.paths.delete(old)
    }
    return token
  }

  get(token: string): string | undefined {
    return this.paths.get(token)
  }
}

const NO_DIALOG = 'Không mở được hộp thoại lưu tệp.'

function withDocxExtension(path: string): string {
  return extname(path).toLowerCase() === '.docx' ? path : `${path}.docx`
}

function withHtmlExtension(path: string): string {
  const ext = extname(path).toLowerCase()
  return ext === '.html' || ext === '.htm' ? path : `${path}.html`
}

/** Export handlers: main shows the save dialog and owns every path; the renderer sends the report. */
export function createExportHandlers(deps: ExportHandlerDeps) {
  const layout = async () =>
    deps.printLayout ? deps.printLayout().catch(() => defaultPrintLayout()) : undefined
  const tokens = deps.exportTokens ?? new ExportTokens()
  const fs = deps.fs ?? nodeFileSystem

  return {
    async exportHtml(request: IpcRequest<'exportHtml'>): Promise<IpcResponses['exportHtml']> {
      if (!deps.dialogs.chooseExportPath) return { ok: false, message: NO_DIALOG }
      const chosen = await deps.dialogs.chooseExportPath('html', suggestFileName(request.report, '.html'))
      if (!chosen) return { ok: false, canceled: true }
      const htmlPath = withHtmlExtension(chosen)
      try {
        const result = await writeHtmlExport(
          {
            report: request.report,
            htmlPath,
            form: request.form,
            imagesDir: request.separateImages ? defaultImagesDir(htmlPath) : null,
            layout: await layout(),
          },
          fs,
        )
        return {
          ok: true,
          exportToken: tokens.create(htmlPath),
          fileName: basename(htmlPath),
          imageCount: result.imageFiles.length,
          warnings: result.warnings,
        }
      } catch (error) {
        const message = error instanceof SaveError ? error.message : `Không xuất được HTML: ${String(error)}`
        return { ok: false, message }
      }
    },

    async exportDocx(request: IpcRequest<'exportDocx'>): Promise<IpcResponses['exportDocx']> {
      if (!deps.dialogs.chooseExportPath) return { ok: false, message: NO_DIALOG }
      const chosen = await deps.dialogs.chooseExportPath('docx', suggestFileName(request.report, '.docx'))
      if (!chosen) return { ok: false, canceled: true }
      const docxPath = withDocxExtension(chosen)
      try {
        const result = await writeDocxExport(
          {
            report: request.report,
            docxPath,
            layout: await layout(),
            onProgress: progressReporter('docx', deps.onExportProgress),
          },
          fs,
        )
        return {
          ok: true,
          exportToken: tokens.create(docxPath),
          fileName: basename(docxPath),
          warnings: result.warnings.map((w) => w.message),
        }
      } catch (error) {
        const message = error instanceof SaveError ? error.message : `Không xuất được DOCX: ${String(error)}`
        return { ok: false, message }
      }
    },

    async openExport({ exportToken, target }: IpcRequest<'openExport'>): Promise<IpcResponses['openExport']> {
      const path = tokens.get(exportToken)
      if (!path) return { ok: false, message: 'Không còn thông tin về tệp đã xuất; hãy xuất lại.' }
      const name = basename(path)
      const exists = await fs.stat(path).then(
        (st) => st.isFile(),
        () => false,
      )
      if (!exists) return { ok: false, message: `Không tìm thấy "${name}": tệp đã bị xóa hoặc di chuyển.` }
      try {
        if (target === 'folder') {
          if (!deps.shell?.showItemInFolder) throw new Error('không có trình quản lý tệp')
          deps.shell.showItemInFolder(path)
        } else {
          if (!deps.shell?.openPath) throw new Error('không có chương trình mở tệp')
          await deps.shell.openPath(path)
        }
        return { ok: true }
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error)
        const what = target === 'folder' ? 'thư mục chứa' : 'tệp'
        return { ok: false, message: `Không mở được ${what} "${name}" (${detail}).` }
      }
    },

    async copyForWeb(request: IpcRequest<'copyForWeb'>): Promise<IpcResponses['copyForWeb']> {
      if (!deps.clipboard) return { ok: false, message: 'Không truy cập được bộ nhớ tạm của hệ thống.' }
      const fragment = exportHtml(request.report, { form: 'fragment' })
      try {
        await deps.clipboard.writeHtml(fragment.html, webPlainText(request.report))
      } catch (error) {
        return { ok: false, message: `Không chép được vào bộ nhớ tạm (${String(error)}).` }
      }
      return { ok: true, warnings: fragment.warnings }
    },
  }
}
