import type { Report } from '@shared/model/report'
import { buildDocxDocument, type DocxBuildOptions } from '@shared/export/docx/buildDocxDocument'
import type { DocxWarning } from '@shared/export/docx/docxWarning'
import { packDocx } from '@shared/export/docx/packDocx'

/** A report as .docx bytes plus what the officer should know about it. */
interface DocxExport {
  bytes: Uint8Array
  warnings: DocxWarning[]
}

/** Builds and packs in one step, for tests that want the bytes (the app builds in slices: src/node/docxExportFile.ts). */
export async function exportDocx(report: Report, options: DocxBuildOptions = {}): Promise<DocxExport> {
  const built = buildDocxDocument(report, options)
  return { bytes: await packDocx(built), warnings: built.warnings }
}
