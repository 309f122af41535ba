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
import { PhotoCopyCache } from '@node/images/photoCopyCache'
import { SaveError } from '@node/saveErrors'
import { CLIPBOARD_UNAVAILABLE, type ClipboardPort, type DialogPort, type ShellPort } from './ports'
import { describeError, describeErrorEn, errorDetail, errorDetailEn } from '@shared/text/describeError'
import { SaidError, type Said } from '@shared/text/said'

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
  /** Photo copies kept between exports; a fresh one when omitted. */
  photoCopies?: PhotoCopyCache
}

/**
 * The failure for an export that threw: a failed write or a job stopped at its limits already says
 * it all; anything else is described after what could not be done.
 */
function exportFailure(error: unknown, couldNot: Said) {
  if (error instanceof SaveError || error instanceof JobStoppedError)
    return { ok: false as const, message: error.message, en: error.en }
  return {
    ok: false as const,
    message: `${couldNot.vi}: ${describeError(error)}`,
    en: `${couldNot.en}: ${describeErrorEn(error)}`,
  }
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

const NO_DIALOG = {
  ok: false as const,
  message: 'Không mở được hộp thoại lưu tệp.',
  en: 'Could not open the save dialog.',
}

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
  const copies = deps.photoCopies ?? new PhotoCopyCache()

  return {
    async exportHtml(request: IpcRequest<'exportHtml'>): Promise<IpcResponses['exportHtml']> {
      if (!deps.dialogs.chooseExportPath) return NO_DIALOG
      const chosen = await deps.dialogs.chooseExportPath('html', suggestFileName(request.report, '.html'))
      if (!chosen) return { ok: false, canceled: true }
      const htmlPath = withHtmlExtension(chosen)
      try {
        // The worker builds the page and photos; main writes them, all or nothing, through `fs`.
        const { batch, result, madeCopies } = await jobs.run({
          kind: 'buildHtml',
          report: request.report,
          htmlPath,
          form: request.form,
          imagesDir: request.separateImages ? defaultImagesDir(htmlPath) : null,
          layout: await layout(),
          webPhotos: await webPhotos(),
          knownCopies: await copies.forReport(request.report),
        })
        copies.keep(madeCopies)
        await writeFileBatch(batch, fs)
        return {
          ok: true,
          exportToken: tokens.create(htmlPath),
          fileName: basename(htmlPath),
          imageCount: result.imageFiles.length,
          warnings: result.warnings,
          warningsEn: result.warningsEn,
        }
      } catch (error) {
        return exportFailure(error, { vi: 'Không xuất được HTML', en: 'Could not export to HTML' })
      }
    },

    async exportDocx(request: IpcRequest<'exportDocx'>): Promise<IpcResponses['exportDocx']> {
      if (!deps.dialogs.chooseExportPath) return NO_DIALOG
      const chosen = await deps.dialogs.chooseExportPath('docx', suggestFileName(request.report, '.docx'))
      if (!chosen) return { ok: false, canceled: true }
      const docxPath = withDocxExtension(chosen)
      try {
        const built = await jobs.run(
          {
            kind: 'buildDocx',
            report: request.report,
            layout: await layout(),
            knownCopies: await copies.forReport(request.report),
          },
          { onProgress: progressReporter('docx', deps.onExportProgress) },
        )
        copies.keep(built.madeCopies)
        await writeFileAtomic(docxPath, built.bytes, fs)
        return {
          ok: true,
          exportToken: tokens.create(docxPath),
          fileName: basename(docxPath),
          warnings: built.warnings.map((w) => w.message),
          warningsEn: built.warnings.map((w) => w.en),
        }
      } catch (error) {
        return exportFailure(error, { vi: 'Không xuất được DOCX', en: 'Could not export to DOCX' })
      }
    },

    async openExport({ exportToken, target }: IpcRequest<'openExport'>): Promise<IpcResponses['openExport']> {
      const path = tokens.get(exportToken)
      if (!path)
        return {
          ok: false,
          message: 'Không còn thông tin về tệp đã xuất; hãy xuất lại.',
          en: 'The exported file is no longer known; export again.',
        }
      const name = basename(path)
      const exists = await fs.stat(path).then(
        (st) => st.isFile(),
        () => false,
      )
      if (!exists)
        return {
          ok: false,
          message: `Không tìm thấy "${name}": tệp đã bị xóa hoặc di chuyển.`,
          en: `"${name}" was not found: the file was deleted or moved.`,
        }
      try {
        if (target === 'folder') {
          if (!deps.shell?.showItemInFolder)
            throw new SaidError('không có trình quản lý tệp', 'no file manager')
          deps.shell.showItemInFolder(path)
        } else {
          if (!deps.shell?.openPath)
            throw new SaidError('không có chương trình mở tệp', 'no program to open it')
          await deps.shell.openPath(path)
        }
        return { ok: true }
      } catch (error) {
        const folder = target === 'folder'
        return {
          ok: false,
          message: `Không mở được ${folder ? 'thư mục chứa' : 'tệp'} "${name}" (${errorDetail(error)}).`,
          en: `Could not open ${folder ? 'the folder holding ' : ''}"${name}" (${errorDetailEn(error)}).`,
        }
      }
    },

    async copyForWeb(request: IpcRequest<'copyForWeb'>): Promise<IpcResponses['copyForWeb']> {
      if (!deps.clipboard) return CLIPBOARD_UNAVAILABLE
      let fragment
      try {
        fragment = await jobs.run({
          kind: 'webFragment',
          report: request.report,
          webPhotos: await webPhotos(),
          knownCopies: await copies.forReport(request.report),
        })
        copies.keep(fragment.madeCopies)
      } catch (error) {
        return exportFailure(error, { vi: 'Không tạo được HTML', en: 'Could not build the HTML' })
      }
      try {
        await deps.clipboard.writeHtml(fragment.html, fragment.text)
      } catch (error) {
        return {
          ok: false,
          message: `Không chép được vào bộ nhớ tạm: ${describeError(error)}`,
          en: `Could not copy to the clipboard: ${describeErrorEn(error)}`,
        }
      }
      return { ok: true, warnings: fragment.warnings, warningsEn: fragment.warningsEn }
    },
  }
}
