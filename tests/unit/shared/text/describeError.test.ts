import { describe, expect, it } from 'vitest'
import { describeError, errorDetail } from '@shared/text/describeError'

const TOO_LARGE =
  'Nội dung quá lớn, vượt giới hạn bộ nhớ của chương trình (thường do ảnh hoặc bảng quá lớn trong bản thảo). Hãy bớt hoặc thu nhỏ ảnh rồi thử lại.'
const NO_MEMORY =
  'Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác, bớt hoặc thu nhỏ ảnh trong bản thảo rồi thử lại.'
const TOO_DEEP =
  'Nội dung lồng nhau quá sâu (bảng trong bảng, danh sách trong danh sách…), vượt khả năng xử lý của chương trình. Hãy giảm bớt các tầng lồng nhau rồi thử lại.'
const UNEXPECTED =
  'Chương trình gặp lỗi không lường trước nên không làm tiếp được. Hãy thử lại; nếu vẫn lỗi, hãy báo cho bộ phận kỹ thuật.'

/** A real V8 error of each kind, raised here rather than typed by hand. */
function thrown(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  throw new Error('nothing was thrown')
}

const recurse = (n: number): number => recurse(n + 1) + 1

describe('describeError: one Vietnamese sentence, never V8 or system English', () => {
  it.each([
    ['a string too long for V8', thrown(() => 'x'.repeat(2 ** 30).repeat(4)), TOO_LARGE],
    ['RangeError "Invalid string length"', new RangeError('Invalid string length'), TOO_LARGE],
    ['an array buffer V8 cannot allocate', new RangeError('Array buffer allocation failed'), NO_MEMORY],
    [
      'out of memory',
      new Error('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'),
      NO_MEMORY,
    ],
    ['a real stack overflow', thrown(() => recurse(0)), TOO_DEEP],
    ['a TypeError', thrown(() => (null as unknown as { a: () => void }).a()), UNEXPECTED],
    ['a string thrown', 'boom', UNEXPECTED],
    ['undefined thrown', undefined, UNEXPECTED],
    [
      'an English message naming a Vietnamese file',
      new Error("cannot open 'Báo cáo tuần.soantin'"),
      UNEXPECTED,
    ],
    [
      'ELOOP',
      Object.assign(new Error("ELOOP: too many symbolic links encountered, stat '/a'"), { code: 'ELOOP' }),
      'Lối tắt (liên kết tượng trưng) trỏ vòng quanh, không dẫn tới tệp thật nào.',
    ],
    [
      'EEXIST',
      Object.assign(new Error("EEXIST: file already exists, mkdir '/a'"), { code: 'EEXIST' }),
      'Đã có một tệp hoặc thư mục trùng tên.',
    ],
    [
      'ENAMETOOLONG',
      Object.assign(new Error('ENAMETOOLONG: name too long'), { code: 'ENAMETOOLONG' }),
      'Tên hoặc đường dẫn tệp quá dài.',
    ],
    [
      'an unknown errno',
      Object.assign(new Error('EWHAT: no idea'), { code: 'EWHAT' }),
      'Lỗi hệ thống chưa rõ nguyên nhân (mã lỗi EWHAT).',
    ],
    [
      'Windows UNKNOWN',
      Object.assign(new Error('UNKNOWN: unknown error, open'), { code: 'UNKNOWN' }),
      'Lỗi hệ thống chưa rõ nguyên nhân.',
    ],
  ])('%s', (_name, error, expected) => {
    expect(describeError(error)).toBe(expected)
  })

  it('keeps a message already written for the officer', () => {
    const ours = 'Không mở được "a.soantin": không tìm thấy tệp (tệp đã bị xóa, đổi tên hoặc di chuyển).'
    expect(describeError(new Error(ours))).toBe(ours)
    expect(describeError(Object.assign(new Error(ours), { code: 'not-found' }))).toBe(ours)
  })
})

describe('errorDetail: the same words as a clause inside parentheses', () => {
  it.each([
    [Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }), 'lỗi đọc/ghi ổ đĩa'],
    [new Error('Ổ đĩa đã đầy.'), 'ổ đĩa đã đầy'],
    [new Error('USB đã bị rút ra.'), 'USB đã bị rút ra'],
    [new RangeError('Invalid string length'), 'nội dung quá lớn, vượt giới hạn bộ nhớ'],
  ])('%s → %s…', (error, start) => {
    const detail = errorDetail(error)
    expect(detail.startsWith(start)).toBe(true)
    expect(detail.endsWith('.')).toBe(false)
  })
})
