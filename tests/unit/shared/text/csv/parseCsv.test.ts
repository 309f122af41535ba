import { describe, expect, it } from 'vitest'
import { formatCsv, unescapeCsvCell } from '@shared/text/csv/formatCsv'
import { parseCsv } from '@shared/text/csv/parseCsv'

const cells = (text: string) => {
  const parsed = parseCsv(text)
  if (!parsed.ok) throw new Error(parsed.said.vi)
  return parsed.records.map((r) => r.cells)
}

describe('reading CSV (RFC 4180, as Excel and LibreOffice write it)', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks inside', () => {
    const text = 'a,b,c\r\n"Nguyễn, Văn A","Bí thư ""Huyện ủy""","dòng 1\r\ndòng 2"\r\nx,,\r\n'
    expect(cells(text)).toEqual([
      ['a', 'b', 'c'],
      ['Nguyễn, Văn A', 'Bí thư "Huyện ủy"', 'dòng 1\r\ndòng 2'],
      ['x', '', ''],
    ])
  })

  it('takes a BOM or none, and LF, CRLF or CR line ends alike', () => {
    const expected = [
      ['Họ và tên', 'Chức vụ'],
      ['Đỗ Thị Hường', 'TUV'],
    ]
    for (const end of ['\n', '\r\n', '\r']) {
      const body = `Họ và tên,Chức vụ${end}Đỗ Thị Hường,TUV${end}`
      expect(cells(body)).toEqual(expected)
      expect(cells('\uFEFF' + body)).toEqual(expected)
    }
  })

  it('finds the separator from the header line: semicolons, as Excel writes in many locales', () => {
    const parsed = parseCsv('Họ và tên;Chức vụ;Đơn vị\r\n"Lê, Văn B";Phó Chủ tịch;UBND\r\n')
    expect(parsed.ok && parsed.separator).toBe(';')
    expect(cells('Họ và tên;Chức vụ;Đơn vị\r\n"Lê, Văn B";Phó Chủ tịch;UBND\r\n')[1]).toEqual([
      'Lê, Văn B',
      'Phó Chủ tịch',
      'UBND',
    ])
    // A comma inside a quoted header cell does not make the file comma-separated.
    expect(parseCsv('"Tên, họ";Chức vụ;Đơn vị\n')).toMatchObject({ ok: true, separator: ';' })
    // Excel's "sep=" line names the separator and is not a record.
    expect(cells('sep=;\r\na,b;c\r\n')).toEqual([['a,b', 'c']])
  })

  it('numbers each record by the line it starts on, counting line breaks inside quotes', () => {
    const parsed = parseCsv('h1,h2\n"a\nb",c\n\nd,e\n')
    expect(parsed.ok && parsed.records.map((r) => r.line)).toEqual([1, 2, 4, 5])
  })

  it('names the line of a quote never closed, and of text after a closing quote', () => {
    const open = parseCsv('h\nok\n"không đóng\nnữa\n')
    expect(open).toMatchObject({
      ok: false,
      said: { vi: expect.stringMatching(/^Dòng 3: dấu ngoặc kép mở/) },
    })
    const after = parseCsv('h,i\n"a"b,c\n')
    expect(after).toMatchObject({
      ok: false,
      said: { vi: expect.stringMatching(/^Dòng 2: sau dấu ngoặc kép/) },
    })
  })

  it('keeps a quote inside an unquoted cell as a letter', () => {
    expect(cells('a,b\nNguyễn "Tư",x\n')[1]).toEqual(['Nguyễn "Tư"', 'x'])
  })

  it('reads back what formatCsv writes, formulas defused for Excel and restored', () => {
    const rows = [
      ['Họ và tên', 'Ghi chú'],
      ['Trần "Bình", con', 'a\r\nb'],
      ['=SUM(A1)', '-3', '@x'],
      ['', ';'],
    ]
    const text = formatCsv(rows)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text).toContain("'=SUM(A1),'-3,'@x\r\n")
    expect(cells(text).map((r) => r.map(unescapeCsvCell))).toEqual(rows)
  })
})
