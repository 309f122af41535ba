import { randomBytes } from 'node:crypto'
import { basename, extname } from 'node:path'
import type { ExportProgress, IpcRequest, IpcResponses } from '@shared/ipc/contract'
import {
  defaultPrintLayout,
  defaultWebPhotoSettings,
  type PrintLayout,
  type WebPhotoSettings,
} from '@shared/settings/settings'
import { suggestFileName } from '@shared/text/fileName'
import { writeFileAtomic } from '@node/atomicWrite'
import { writeFileBatch } from '@node/fileBatch'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { defaultImagesDir } from '@node/htmlExportFile'
import { JobStoppedError } from '@node/jobs/jobLimits'
import type { JobPort } from '@node/jobs/jobProtocol'
import { workerJobPort } from '@node/jobs/workerJobPort'
import { SaveError } from '@node/saveErrors'
import { CLIPBOARD_UNAVAILABLE, type ClipboardPort, type DialogPort, type ShellPort } from './ports'
import { describeError, errorDetail } from '@shared/text/describeError'

interface ExportHandlerDeps {
  dialogs: DialogPort
  clipboard?: ClipboardPort
  fs?: FileSystem
  /** The unit's print layout from settings, so exports look like the officer's DOCX. */
  printLayout?: () => Promise<PrintLayout>
  /** The unit's web photo size and quality from settings. */
  webPhotos?: () => Promise<WebPhotoSettings>
  /** Opens exported files ("Mở tệp", "Mở thư mục"). */
  shell?: ShellPort
  exportTokens?: ExportTokens
  /** Sends an export's progress to the window (main → renderer event); absent in tests that ignore it. */
  onExportProgress?: (progress: ExportProgress) => void
  /** Where the exporters run, off main; a worker thread per job when omitted (tests). */
  jobs?: JobPort
}

/** Errors whose message is already the officer's: a failed write, or a job stopped at its limits. */
const ownMessage = (error: unknown): error is Error =>
  error instanceof SaveError || error instanceof JobStoppedError

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
  const webPhotos = async () =>
    deps.webPhotos ? deps.webPhotos().catch(() => defaultWebPhotoSettings()) : undefined
  const tokens = deps.exportTokens ?? new ExportTokens()
  const fs = deps.fs ?? nodeFileSystem
  const jobs = deps.jobs ?? workerJobPort()

  return {
    async exportHtml(request: IpcRequest<'exportHtml'>): Promise<IpcResponses['exportHtml']> {
      if (!deps.dialogs.chooseExportPath) return { ok: false, message: NO_DIALOG }
      const chosen = await deps.dialogs.chooseExportPath('html', suggestFileName(request.report, '.html'))
      if (!chosen) return { ok: false, canceled: true }
      const htmlPath = withHtmlExtension(chosen)
      try {
        // The worker builds the page and photos; main writes them, all or nothing, through `fs`.
        const { batch, result } = await jobs.run({
          kind: 'buildHtml',
          report: request.report,
          htmlPath,
          form: request.form,
          imagesDir: request.separateImages ? defaultImagesDir(htmlPath) : null,
          layout: await layout(),
          webPhotos: await webPhotos(),
        })
        await writeFileBatch(batch, fs)
        return {
          ok: true,
          exportToken: tokens.create(htmlPath),
          fileName: basename(htmlPath),
          imageCount: result.imageFiles.length,
          warnings: result.warnings,
        }
      } catch (error) {
        const message = ownMessage(error) ? error.message : `Không xuất được HTML: ${describeError(error)}`
        return { ok: false, message }
      }
    },

    async exportDocx(request: IpcRequest<'exportDocx'>): Promise<IpcResponses['exportDocx']> {
      if (!deps.dialogs.chooseExportPath) return { ok: false, message: NO_DIALOG }
      const chosen = await deps.dialogs.chooseExportPath('docx', suggestFileName(request.report, '.docx'))
      if (!chosen) return { ok: false, canceled: true }
      const docxPath = withDocxExtension(chosen)
      try {
        const built = await jobs.run(
          { kind: 'buildDocx', report: request.report, layout: await layout() },
          { onProgress: progressReporter('docx', deps.onExportProgress) },
        )
        await writeFileAtomic(docxPath, built.bytes, fs)
        return {
          ok: true,
          exportToken: tokens.create(docxPath),
          fileName: basename(docxPath),
          warnings: built.warnings.map((w) => w.message),
        }
      } catch (error) {
        const message = ownMessage(error) ? error.message : `Không xuất được DOCX: ${describeError(error)}`
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
        const what = target === 'folder' ? 'thư mục chứa' : 'tệp'
        return { ok: false, message: `Không mở được ${what} "${name}" (${errorDetail(error)}).` }
      }
    },

    async copyForWeb(request: IpcRequest<'copyForWeb'>): Promise<IpcResponses['copyForWeb']> {
      if (!deps.clipboard) return { ok: false, message: CLIPBOARD_UNAVAILABLE }
      let fragment
      try {
        fragment = await jobs.run({
          kind: 'webFragment',
          report: request.report,
          webPhotos: await webPhotos(),
        })
      } catch (error) {
        return {
          ok: false,
          message: ownMessage(error) ? error.message : `Không tạo được HTML: ${describeError(error)}`,
        }
      }
      try {
        await deps.clipboard.writeHtml(fragment.html, fragment.text)
      } catch (error) {
        return { ok: false, message: `Không chép được vào bộ nhớ tạm: ${describeError(error)}` }
      }
      return { ok: true, warnings: fragment.warnings }
    },
  }
}
