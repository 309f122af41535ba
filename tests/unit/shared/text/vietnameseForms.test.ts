import { describe, expect, it } from 'vitest'
import {
  firstWrittenDate,
  formalDate,
  numericDate,
  shortDate,
  weekdayName,
  weekdayOf,
} from '@shared/text/vietnameseDate'
import { englishNumbers, viNumber, viUpper } from '@shared/text/vietnameseNumber'

describe('Vietnamese dates', () => {
  it('writes the three forms without leading zeros', () => {
    expect(shortDate('2022-09-19')).toBe('19/9')
    expect(numericDate('2022-09-19')).toBe('19/9/2022')
    expect(formalDate('2022-09-19')).toBe('ngày 19 tháng 9 năm 2022')
    expect(shortDate('2026-01-05')).toBe('5/1')
    expect(shortDate(null)).toBe('')
  })

  it('names every weekday, Sunday included', () => {
    // 2022-09-19 was a Monday; the week that follows.
    const week = ['19', '20', '21', '22', '23', '24', '25'].map((d) => weekdayName(`2022-09-${d}`))
    expect(week).toEqual(['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'])
    expect(weekdayOf(30, 2, 2022)).toBeNull()
    expect(weekdayOf(29, 2, 2024)).toBe(4)
  })

  it('reads the date a lead writes, with its weekday', () => {
    expect(firstWrittenDate('Ngày 19/9, Thường trực Tỉnh ủy họp')).toMatchObject({
      from: 0,
      day: 19,
      month: 9,
      year: null,
      weekday: null,
    })
    expect(firstWrittenDate('Sáng thứ Hai (6/10), UBND huyện')).toMatchObject({
      day: 6,
      month: 10,
      weekday: 1,
    })
    expect(firstWrittenDate('Chiều Chủ nhật, 2/10/2022, tại')).toMatchObject({ weekday: 0, year: 2022 })
    expect(firstWrittenDate('Sáng ngày 19 tháng 9 năm 2022, Huyện ủy')).toMatchObject({
      day: 19,
      month: 9,
      year: 2022,
    })
    const lead = 'Ngày 19/9, Thường trực'
    const found = firstWrittenDate(lead)!
    expect(lead.slice(found.from, found.to)).toBe('Ngày 19/9')
  })

  it('does not take a document number, a fraction of a year or a ratio for a date', () => {
    expect(firstWrittenDate('Nghị quyết số 01-NQ/TU của Tỉnh ủy')).toBeNull()
    expect(firstWrittenDate('đạt 17%/năm, giai đoạn 2020-2025')).toBeNull()
    expect(firstWrittenDate('tỷ lệ 45/60 xã')).toBeNull()
    expect(firstWrittenDate('Km15-BĐDT')).toBeNull()
  })
})

describe('Vietnamese numbers', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(viNumber(32976)).toBe('32.976')
    expect(viNumber(1112)).toBe('1.112')
    expect(viNumber(11.9)).toBe('11,9')
    expect(viNumber(1234567.5)).toBe('1.234.567,5')
    expect(viNumber(-9200)).toBe('-9.200')
    expect(viNumber(65.8, 2)).toBe('65,80')
    expect(viNumber(999)).toBe('999')
  })

  it('finds English-form numbers and offers the Vietnamese form', () => {
    const text = 'đạt 1,234.5 tỷ, dân số 1,234,567 người, tăng 11.9% so với 2021'
    expect(englishNumbers(text).map((n) => [n.text, n.vietnamese])).toEqual([
      ['1,234.5', '1.234,5'],
      ['1,234,567', '1.234.567'],
      ['11.9', '11,9'],
    ])
  })

  it('leaves Vietnamese numbers, versions and dates alone', () => {
    const seedLike =
      'năm 2021 đạt 11,9% – tăng 2,1%, 32.976 tỷ đồng, 1.112 triệu USD, 9.200 người, công nghiệp 4.0, ngày 16/11/2020, 1,234'
    expect(englishNumbers(seedLike)).toEqual([])
  })
})

describe('Vietnamese upper case', () => {
  it('keeps every mark and the đ', () => {
    expect(viUpper('giao ban Thường trực Tỉnh ủy, huyện Đầm Hà')).toBe(
      'GIAO BAN THƯỜNG TRỰC TỈNH ỦY, HUYỆN ĐẦM HÀ',
    )
    expect(viUpper('Tỉnh ủy'.normalize('NFD'))).toBe('TỈNH ỦY')
  })
})
