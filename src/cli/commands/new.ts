import type { CliCommand } from '../cliIo'

export const NEW_USAGE = `Cách dùng: soantin new <mã-mẫu> -o <tệp.soantin> [--date YYYY-MM-DD] [tùy chọn]

Tạo bản thảo mới từ một mẫu (xem mã mẫu bằng "soantin templates").

  -o, --output <tệp>           Tệp bản thảo sẽ tạo (.soantin); không ghi đè tệp đã có
  --date <YYYY-MM-DD>          Ngày họp (mặc định: hôm nay)
  --user-templates <thư mục>   Thư mục chứa mẫu của người dùng
  --settings <tệp.json>        Tệp cài đặt (chủ đề năm, tác giả, đơn vị)
  --force                      Ghi đè nếu tệp đích đã có
`

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Tạo bản thảo mới từ một mẫu',
  usage: NEW_USAGE,
  run: async (args, io) => (await import('./newRun')).runNew(args, io),
}
