import { buildDocxDocumentAsync } from '@shared/export/docx/buildDocxDocumentAsync'
import type { DocxWarning } from '@shared/export/docx/docxWarning'
import { packDocx } from '@shared/export/docx/packDocx'
import type { Report } from '@shared/model/report'
import type { PrintLayout } from '@shared/settings/settings'
import { writeFileAtomic } from './atomicWrite'
import type { CopyStore } from './images/copyStore'
import { printPhotoCopies } from './images/photoCopies'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { SaveError } from './saveErrors'
import { errorDetail, errorDetailEn } from '@shared/text/describeError'
import { BudgetError } from '@shared/export/draftBudget'

interface DocxExportFileRequest {
  report: Report
  docxPath: string
  /** The unit's print layout; the Decree 30 defaults when left out. */
  layout?: PrintLayout
  /**
   * Called as the export advances: one step per top-level block, then one for packing the file, so
   * `done === total` only once the bytes are ready to be written.
   */
  onProgress?: (done: number, total: number) => void
  /** Print copies made by earlier exports, and where this one keeps what it makes. */
  copyStore?: CopyStore
}

// Lets the event loop turn between slices of the build: IPC replies and progress events go out.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

interface DocxExportFileResult {
  docxPath: string
  byteLength: number
  warnings: DocxWarning[]
}

/** Builds the whole .docx in memory; writes nothing. Throws a `SaveError` saying nothing was written. */
export async function buildDocxExport(
  request: Omit<DocxExportFileRequest, 'docxPath'>,
): Promise<{ bytes: Uint8Array; warnings: DocxWarning[] }> {
  try {
    const progress = request.onProgress
    const blocks = request.report.body.content?.length ?? 0
    // Photos far above 300 dpi at their printed size go in as print copies: a lighter file to mail.
    // Each photo is a step of the progress (about a second for 12 megapixels), then each block.
    let photos = 0
    const photoCopies = await printPhotoCopies(
      request.report,
      request.layout,
      progress &&
        ((done, total) => {
          photos = total
          progress(done, total + blocks + 1)
        }),
      request.copyStore,
    )
    const built = await buildDocxDocumentAsync(
      request.report,
      {
        layout: request.layout,
        photoCopies,
        onProgress: progress && ((done, total) => progress(photos + done, photos + total + 1)),
      },
      { pause: nextTurn },
    )
    const bytes = await packDocx(built)
    const steps = photos + blocks + 1
    progress?.(steps, steps)
    return { bytes, warnings: built.warnings }
  } catch (error) {
    // A budget refusal already names the part of the draft; anything else is said in Vietnamese.
    if (error instanceof BudgetError)
      throw new SaveError('other', `${error.message} Chưa ghi gì ra đĩa.`, `${error.en} Nothing was written.`)
    throw new SaveError(
      'other',
      `Không tạo được tệp DOCX (${errorDetail(error)}). Chưa ghi gì ra đĩa.`,
      `Could not build the DOCX file (${errorDetailEn(error)}). Nothing was written.`,
    )
  }
}

/**
 * Exports a report to a .docx file. The whole file is built in memory first, then written atomically:
 * if anything fails, the disk holds the old file (or nothing), never half a document.
 */
export async function writeDocxExport(
  request: DocxExportFileRequest,
  fs: FileSystem = nodeFileSystem,
): Promise<DocxExportFileResult> {
  const { bytes, warnings } = await buildDocxExport(request)
  await writeFileAtomic(request.docxPath, bytes, fs)
  return { docxPath: request.docxPath, byteLength: bytes.byteLength, warnings }
}
