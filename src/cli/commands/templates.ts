import type { CliCommand } from '../cliIo'

export const TEMPLATES_USAGE = `Cách dùng: soantin templates [--json] [--user-templates <thư mục>]

Liệt kê mọi mẫu báo cáo: mẫu có sẵn và mẫu của người dùng (nếu chỉ ra thư mục).
Mẫu hỏng được báo trên stderr và bỏ qua.

  --json                       In danh sách dạng JSON
  --user-templates <thư mục>   Thư mục chứa mẫu của người dùng (*.json)
`

export const templatesCommand: CliCommand = {
  name: 'templates',
  summary: 'Liệt kê các mẫu báo cáo (mã, tên, nguồn)',
  usage: TEMPLATES_USAGE,
  run: async (args, io) => (await import('./templatesRun')).runTemplates(args, io),
}
