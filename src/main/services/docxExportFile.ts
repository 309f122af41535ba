import { buildDocxDocument } from '../../shared/export/docx/buildDocxDocument'
import type { DocxWarning } from '../../shared/export/docx/docxWarning'
import { packDocx } from '../../shared/export/docx/packDocx'
import type { Report } from '../../shared/model/report'
import type { PrintLayout } from '../../shared/settings/settings'
import { writeFileAtomic } from './atomicWrite'
import { nodeFileSystem, type FileSystem } from './fileSystem'
import { SaveError } from './saveErrors'

export interface DocxExportFileRequest {
  report: Report
  docxPath: string
  /** The unit's print layout; the Decree 30 defaults when left out. */
  layout?: PrintLayout
  onProgress?: (done: number, total: number) => void
}

export interface DocxExportFileResult {
  docxPath: string
  byteLength: number
  warnings: DocxWarning[]
}

/**
 * Exports a report to a .docx file. The whole file is built in memory first, then written atomically:
 * if anything fails, the disk holds the old file (or nothing), never half a document.
 */
export async function writeDocxExport(
  request: DocxExportFileRequest,
  fs: FileSystem = nodeFileSystem,
): Promise<DocxExportFileResult> {
  let bytes: Uint8Array
  let warnings: DocxWarning[]
  try {
    const built = buildDocxDocument(request.report, {
      layout: request.layout,
      onProgress: request.onProgress,
    })
    warnings = built.warnings
    bytes = await packDocx(built)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new SaveError('other', `Không tạo được tệp DOCX (${detail}). Chưa ghi gì ra đĩa.`)
  }
  await writeFileAtomic(request.docxPath, bytes, fs)
  return { docxPath: request.docxPath, byteLength: bytes.byteLength, warnings }
}
