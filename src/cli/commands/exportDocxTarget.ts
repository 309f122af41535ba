import { extname, resolve } from 'node:path'
import type { ExportTarget } from './exportTargets'

/** `--docx <out.docx>`: the printable Word document, in the Decree 30 layout. */
export const docxTarget: ExportTarget = {
  options: { docx: { type: 'string' } },
  usage: `  --docx <tệp.docx>             Xuất DOCX để in (khổ A4, lề và phông theo Nghị định 30)`,
  plan(values) {
    if (values.docx === undefined) return null
    const docx = typeof values.docx === 'string' ? values.docx : ''
    if (!docx) return 'Thiếu tên tệp sau --docx.'
    if (extname(docx).toLowerCase() !== '.docx') return `Tệp DOCX phải có đuôi .docx: "${docx}".`
    const docxPath = resolve(docx)
    return {
      label: 'DOCX',
      output: docxPath,
      async prepare(report, { layout, jobs }) {
        const { bytes, warnings } = await jobs.run({ kind: 'buildDocx', report, layout })
        return {
          batch: { files: [{ path: docxPath, data: bytes }], folders: [] },
          message: `Đã xuất DOCX: ${docx}`,
          warnings: warnings.map((w) => w.message),
        }
      },
    }
  },
}
