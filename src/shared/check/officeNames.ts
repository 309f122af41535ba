/**
 * The offices whose names a report must capitalise one way throughout: "Huyện ủy" is the proper name
 * of a body, and "Bí thư Huyện ủy" beside "Bí thư huyện ủy" is a slip. Written in the old tone style
 * and lower case; matched in either style and any case.
 */
export const OFFICE_NAMES = [
  'tỉnh ủy',
  'huyện ủy',
  'thành ủy',
  'thị ủy',
  'quận ủy',
  'đảng ủy',
  'ủy ban nhân dân',
  'hội đồng nhân dân',
  'mặt trận tổ quốc',
  'ban thường vụ',
  'ban chấp hành',
] as const
