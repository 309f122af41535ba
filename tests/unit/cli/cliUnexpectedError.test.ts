import { describe, expect, it, vi } from 'vitest'

// One command that fails the way V8 and Node fail, to reach main()'s last-resort catch.
const failure = vi.hoisted(() => ({ error: new Error('unset') as unknown }))
vi.mock('@cli/commandList', () => ({
  COMMANDS: [
    {
      name: 'hong',
      summary: 'lỗi thử',
      usage: 'soantin hong\n',
      run: async () => {
        throw failure.error
      },
    },
  ],
}))

const { main } = await import('@cli/main')

async function errOf(error: unknown): Promise<{ code: number; err: string }> {
  failure.error = error
  let err = ''
  const code = await main(['hong'], { out: () => undefined, err: (t) => (err += t) })
  return { code, err }
}

describe('CLI: an unexpected error is one Vietnamese line, no V8 or system English', () => {
  it.each([
    [
      new RangeError('Invalid string length'),
      'Lỗi: Nội dung quá lớn, vượt giới hạn bộ nhớ của chương trình (thường do ảnh hoặc bảng quá lớn trong bản thảo). Hãy bớt hoặc thu nhỏ ảnh rồi thử lại.\n',
    ],
    [
      new RangeError('Maximum call stack size exceeded'),
      'Lỗi: Nội dung lồng nhau quá sâu (bảng trong bảng, danh sách trong danh sách…), vượt khả năng xử lý của chương trình. Hãy giảm bớt các tầng lồng nhau rồi thử lại.\n',
    ],
    [
      Object.assign(new Error("EEXIST: file already exists, mkdir '/tmp/x'"), { code: 'EEXIST' }),
      'Lỗi: Đã có một tệp hoặc thư mục trùng tên.\n',
    ],
    [
      new TypeError("Cannot read properties of undefined (reading 'content')"),
      'Lỗi: Chương trình gặp lỗi không lường trước nên không làm tiếp được. Hãy thử lại; nếu vẫn lỗi, hãy báo cho bộ phận kỹ thuật.\n',
    ],
  ])('%s', async (error, expected) => {
    expect(await errOf(error)).toEqual({ code: 2, err: expected })
  })
})
