import type { CliCommand } from '../cliIo'
import { docxTarget } from './exportDocxTarget'
import { htmlTarget } from './exportHtmlTarget'
import type { ExportTarget } from './exportTargets'

/** Every format `soantin export` writes; each is one entry, so formats can be asked for together. */
export const EXPORT_TARGETS: ExportTarget[] = [docxTarget, htmlTarget]

export const exportUsage = () => `Cách dùng: soantin export <bản-thảo.soantin> [định dạng...]

Xuất bản thảo ra một hoặc nhiều định dạng trong một lần chạy. Mọi tệp đích (cả ảnh) được ghi cùng
nhau hoặc không tệp nào: lỗi ở một tệp thì không ghi gì và các tệp cũ vẫn còn nguyên.

${EXPORT_TARGETS.map((t) => t.usage).join('\n')}
  --settings <tệp.json>         Tệp cài đặt của ứng dụng: dùng khổ giấy, lề, phông của đơn vị trong đó
`

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Xuất bản thảo ra DOCX hoặc HTML',
  get usage() {
    return exportUsage()
  },
  run: async (args, io) => (await import('./exportRun')).runExport(args, io),
}
