import type { Report } from '../../model/report'
import { buildDocxDocument, type DocxBuildOptions } from './buildDocxDocument'
import type { DocxWarning } from './docxWarning'
import { packDocx } from './packDocx'

/** A report as .docx bytes plus what the officer should know about it. */
export interface DocxExport {
  bytes: Uint8Array
  warnings: DocxWarning[]
}

/** Builds and packs in one step, for callers that only want the file. */
export async function exportDocx(report: Report, options: DocxBuildOptions = {}): Promise<DocxExport> {
  const built = buildDocxDocument(report, options)
  return { bytes: await packDocx(built), warnings: built.warnings }
}
