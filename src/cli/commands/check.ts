import type { CliCommand } from '../cliIo'

export const CHECK_USAGE = `Cách dùng: soantin check <bản-thảo.soantin> [--json] [tùy chọn]

Kiểm tra trước khi xuất bản: ô bắt buộc còn trống, chủ đề năm khác năm họp, ngày ở đoạn mở đầu
khác ngày họp, ảnh thiếu chú thích, chữ mã cũ, số viết kiểu tiếng Anh, dấu cách và dấu câu, chức
danh, viết hoa tên cơ quan… (danh sách quy tắc: docs/checks.md). Không sửa gì trong tệp.

  --json                       In kết quả dạng JSON
  --settings <tệp.json>        Tệp cài đặt của ứng dụng: quy ước của đơn vị (kiểu dấu thanh, dấu kết thúc)
  --people <tệp.json>          Danh bạ người và chức danh của ứng dụng (people.json)
  --user-templates <thư mục>   Thư mục mẫu của người dùng, để biết các ô bắt buộc của mẫu

Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi hoặc sai cách dùng, 2 tệp đầu vào hỏng.
`

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Kiểm tra bản thảo trước khi xuất bản (lỗi, cảnh báo)',
  usage: CHECK_USAGE,
  run: async (args, io) => (await import('./checkRun')).runCheckCommand(args, io),
}
