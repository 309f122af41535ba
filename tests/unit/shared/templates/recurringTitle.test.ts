import { describe, expect, it } from 'vitest'
import { recurringTitle } from '@shared/templates/recurringTitle'

describe('the recurring part of a title', () => {
  it('keeps the template title when the title starts with it, whatever follows', () => {
    expect(
      recurringTitle(
        'Giao ban Thường trực Tỉnh ủy: Đẩy nhanh tiến độ các dự án trọng điểm',
        'Giao ban Thường trực Tỉnh ủy',
      ),
    ).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(recurringTitle('Giao ban Thường trực Tỉnh ủy', 'Giao ban Thường trực Tỉnh ủy')).toBe(
      'Giao ban Thường trực Tỉnh ủy',
    )
  })

  it('compares the template title in NFC and without case, and keeps the report’s own spelling', () => {
    const nfd = 'GIAO BAN THƯỜNG TRỰC TỈNH ỦY – tuần 38'.normalize('NFD')
    expect(recurringTitle(nfd, 'Giao ban Thường trực Tỉnh ủy')).toBe('GIAO BAN THƯỜNG TRỰC TỈNH ỦY')
  })

  it('cuts at the first headline separator when the title has no template prefix', () => {
    expect(recurringTitle('Giao ban tuần: Kiểm điểm công tác tháng 9', 'Giao ban Thường trực Tỉnh ủy')).toBe(
      'Giao ban tuần',
    )
    expect(recurringTitle('Giao ban khối Dân vận – Triển khai Nghị quyết 25')).toBe('Giao ban khối Dân vận')
    expect(recurringTitle('Giao ban khối Dân vận — quý III')).toBe('Giao ban khối Dân vận')
    expect(recurringTitle('Giao ban Tuyên giáo - Tháng 10')).toBe('Giao ban Tuyên giáo')
    // The earliest separator wins, whichever kind it is.
    expect(recurringTitle('Giao ban - Ban Dân vận: tuần 2')).toBe('Giao ban')
  })

  it('keeps a hyphen inside words and a title with no separator whole', () => {
    expect(recurringTitle('Hội nghị Ban Chấp hành Đảng bộ tỉnh 2020-2025')).toBe(
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh 2020-2025',
    )
    expect(recurringTitle('  Giao ban tuần  ')).toBe('Giao ban tuần')
    expect(recurringTitle('')).toBe('')
  })

  it('does not cut at a separator that starts the title', () => {
    expect(recurringTitle(': Giao ban')).toBe(': Giao ban')
  })
})
