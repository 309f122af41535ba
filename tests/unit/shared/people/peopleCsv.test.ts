import { describe, expect, it } from 'vitest'
import { MAX_PEOPLE_CSV_BYTES, peopleFromCsv, peopleToCsv } from '@shared/people/peopleCsv'
import type { PersonRecord } from '@shared/people/people'

const encode = (text: string) => new TextEncoder().encode(text)

const record = (over: Partial<PersonRecord> & { name: string }): PersonRecord => ({
  titles: [],
  separator: 'comma',
  unit: '',
  periods: [],
  uses: 0,
  lastUsed: null,
  ...over,
})

const directory: PersonRecord[] = [
  record({
    name: 'Đỗ Thị Ninh Hường',
    titles: ['Tỉnh ủy viên', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'],
    periods: [{ title: 'Bí thư Huyện ủy', from: '2020-10', to: '' }],
    unit: 'Huyện ủy Ba Chẽ',
    uses: 4,
  }),
  record({
    name: 'Nguyễn Văn "Tư", con',
    titles: ['Phó Chủ tịch UBND huyện, phụ trách văn xã'],
    periods: [{ title: 'Phó Chủ tịch UBND huyện, phụ trách văn xã', from: '2016', to: '2021-06-30' }],
    unit: 'UBND huyện;\nBa Chẽ',
  }),
  record({ name: 'Lý Văn Minh' }),
]

const read = (text: string | Uint8Array) => peopleFromCsv(typeof text === 'string' ? encode(text) : text)
const problemsOf = (text: string) => {
  const result = read(text)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.problems.map((p) => p.vi)
}

describe('the people directory as CSV', () => {
  it('writes UTF-8 with a BOM, CRLF rows and one row per title', () => {
    const csv = peopleToCsv(directory)
    expect(csv.startsWith('\uFEFFHọ và tên,Chức vụ,Từ,Đến,Đơn vị\r\n')).toBe(true)
    const lines = csv.split('\r\n')
    expect(lines[1]).toBe('Đỗ Thị Ninh Hường,Tỉnh ủy viên,,,Huyện ủy Ba Chẽ')
    expect(lines[2]).toBe('Đỗ Thị Ninh Hường,Bí thư Huyện ủy,2020-10,,Huyện ủy Ba Chẽ')
    // Quotes doubled, and cells with a comma, semicolon or line break quoted.
    expect(csv).toContain(
      '"Nguyễn Văn ""Tư"", con","Phó Chủ tịch UBND huyện, phụ trách văn xã",2016,2021-06-30,"UBND huyện;\nBa Chẽ"\r\n',
    )
    expect(csv.endsWith('Lý Văn Minh,,,,\r\n')).toBe(true)
  })

  it('reads back what it writes: names, titles, periods and units, Vietnamese intact', () => {
    const result = read(peopleToCsv(directory))
    expect(result).toEqual({
      ok: true,
      people: directory.map(({ name, titles, periods, unit }) => ({
        name: name,
        titles,
        periods,
        // The line break in a unit reads back as it was written; the directory keeps one line.
        unit: unit.replace(/\s+/g, ' '),
        separator: 'comma',
      })),
    })
  })

  it('reads an Excel file saved with semicolons, no BOM, day-first dates and a line break in a cell', () => {
    const excel = [
      'Họ tên;Chức danh;Từ ngày;Đến ngày;Cơ quan;Ghi chú',
      'Hoàng Thị Mai Anh;"Phó Bí thư Thường trực\r\nHuyện ủy";1/10/2020;;Huyện ủy;đã kiểm tra',
      'Hoàng Thị Mai Anh;Ủy viên BTV Tỉnh ủy;05/2021;31/12/2025;;',
      ';;;;;',
      '',
    ].join('\r\n')
    expect(read(excel)).toEqual({
      ok: true,
      people: [
        {
          name: 'Hoàng Thị Mai Anh',
          titles: ['Phó Bí thư Thường trực Huyện ủy', 'Ủy viên BTV Tỉnh ủy'],
          periods: [
            { title: 'Phó Bí thư Thường trực Huyện ủy', from: '2020-10-01', to: '' },
            { title: 'Ủy viên BTV Tỉnh ủy', from: '2021-05', to: '2025-12-31' },
          ],
          unit: 'Huyện ủy',
          separator: 'comma',
        },
      ],
    })
  })

  it('reads Vietnamese written in decomposed form as the composed letters', () => {
    const result = read('\uFEFFHọ và tên,Chức vụ\r\n' + 'Đỗ Thị Hường,Bí thư Huyện ủy\r\n'.normalize('NFD'))
    expect(result.ok && result.people[0]).toMatchObject({ name: 'Đỗ Thị Hường', titles: ['Bí thư Huyện ủy'] })
  })

  it('refuses a file with bad rows, naming each line, and imports none of it', () => {
    const problems = problemsOf(
      [
        'Họ và tên,Chức vụ,Từ,Đến',
        'Đỗ Thị Hường,Bí thư,2020,',
        ',Chủ tịch,,',
        'Lê Văn B,Phó Chủ tịch,năm ngoái,',
        'Lê Văn C,Chủ tịch,2022,2020',
        'Lê Văn D,,2020,',
        'Lê Văn E,Trưởng phòng, Văn hóa,2020',
        'Đỗ Thị Hường,Bí thư,2021,',
        '"Trần Văn F,Chủ tịch',
      ].join('\n'),
    )
    // The unclosed quote stops the reading: that alone is said, with its line.
    expect(problems).toEqual([expect.stringMatching(/^Dòng 9: dấu ngoặc kép mở mà không đóng/)])
    const rows = problemsOf(
      [
        'Họ và tên,Chức vụ,Từ,Đến',
        'Đỗ Thị Hường,Bí thư,2020,',
        ',Chủ tịch,,',
        'Lê Văn B,Phó Chủ tịch,năm ngoái,',
        'Lê Văn C,Chủ tịch,2022,2020',
        'Lê Văn D,,2020,',
        'Lê Văn E,Trưởng phòng, Văn hóa,2020,2021',
        'Đỗ Thị Hường,Bí thư,2021,',
      ].join('\n'),
    )
    expect(rows).toEqual([
      'Dòng 3: thiếu họ và tên.',
      expect.stringMatching(/^Dòng 4: “năm ngoái” ở cột “Từ” không phải năm/),
      'Dòng 5: thời gian bắt đầu (2022) sau thời gian kết thúc (2020).',
      'Dòng 6: có thời gian nhưng không có chức vụ.',
      expect.stringMatching(/^Dòng 7: có 5 ô, nhiều hơn 4 cột/),
      'Dòng 8: chức vụ “Bí thư” của “Đỗ Thị Hường” đã có ở dòng 2.',
    ])
  })

  it('says when the header names no name column, and lists at most eight problems', () => {
    expect(problemsOf('Chức vụ,Đơn vị\nBí thư,Huyện ủy\n')[0]).toMatch(/^Dòng 1: không thấy cột “Họ và tên”/)
    const many = ['Họ và tên,Chức vụ', ...Array.from({ length: 12 }, () => ',Bí thư')].join('\n')
    const problems = problemsOf(many)
    expect(problems).toHaveLength(9)
    expect(problems[0]).toBe('Dòng 2: thiếu họ và tên.')
    expect(problems[8]).toBe('… và 4 lỗi khác.')
  })

  it('refuses text that is not UTF-8 and a file over the size bound, before parsing it', () => {
    // "Hường" in Windows-1258 bytes, as an old Excel "CSV (Comma delimited)" would save it.
    const ansi = new Uint8Array([0x48, 0xd5, 0xf0, 0x6e, 0x67, 0x2c, 0x61, 0x0d, 0x0a])
    expect(read(ansi)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ vi: expect.stringMatching(/không phải văn bản UTF-8.*CSV UTF-8/) }),
      ],
    })
    const huge = new Uint8Array(MAX_PEOPLE_CSV_BYTES + 1).fill(0x61)
    expect(read(huge)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ vi: expect.stringMatching(/^Tệp CSV quá lớn \(2049 KB\)/) })],
    })
  })

  // Its time is measured in bench/peopleCsv.ts, not asserted here.
  it('reads a file near the size bound whole', () => {
    const row = (i: number) =>
      `Nguyễn Văn Số ${i},"Phó Chủ tịch UBND huyện, phụ trách",2020,2025,UBND huyện Ba Chẽ\r\n`
    const rows = ['Họ và tên,Chức vụ,Từ,Đến,Đơn vị\r\n']
    let bytes = encode(rows[0]!).byteLength
    while (bytes < MAX_PEOPLE_CSV_BYTES - 200 && rows.length <= 19_000) {
      const next = row(rows.length)
      bytes += encode(next).byteLength
      rows.push(next)
    }
    const text = rows.join('')
    const count = rows.length - 1
    const result = read(text)
    expect(result.ok && result.people).toHaveLength(count)
  })
})
