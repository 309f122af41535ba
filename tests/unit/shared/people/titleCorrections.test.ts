import { describe, expect, it } from 'vitest'
import type { Person } from '@shared/model/person'
import { titleCorrections } from '@shared/people/titleCorrections'

const person = (name: string, titles: string[]): Person => ({ name, titles, separator: 'comma' })

const directory = [
  person('Đỗ Thị Ninh Hường', ['Tỉnh ủy viên', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện']),
  person('Lê Văn Bình', ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện Ba Chẽ']),
  person('Nguyễn Xuân Ký', ['UVTW Đảng', 'Bí thư Tỉnh ủy', 'TUV']),
  person('Hoàng Văn Hòa', ['Giám đốc Sở Văn hóa và Thể thao']),
  person('Vũ Thị Khỏe', ['Ủy viên', 'Thủ quỹ']),
]

const fixes = (p: Person) => titleCorrections(directory, p).map((c) => [c.index, c.written, c.suggested])

describe('titles offered for correction from the directory', () => {
  it('offers the directory’s capitals for a title typed in other case', () => {
    expect(fixes(person('Đỗ Thị Ninh Hường', ['Tỉnh ủy viên', 'Bí thư huyện ủy']))).toEqual([
      [1, 'Bí thư huyện ủy', 'Bí thư Huyện ủy'],
    ])
  })

  it('treats the new tone style and decomposed letters as the same letters', () => {
    expect(fixes(person('Đỗ Thị Ninh Hường', ['Bí thư Huyện uỷ', 'Tỉnh ủy viên']))).toEqual([
      [0, 'Bí thư Huyện uỷ', 'Bí thư Huyện ủy'],
    ])
    // Spacing alone is no other spelling (the pre-publication check flags double spaces itself).
    expect(fixes(person('Đỗ Thị Ninh Hường', [' Tỉnh  ủy viên']))).toEqual([])
    expect(fixes(person('Đỗ Thị Ninh Hường', ['Bí thưHuyện ủy']))).toEqual([
      [0, 'Bí thưHuyện ủy', 'Bí thư Huyện ủy'],
    ])
    expect(fixes(person('Hoàng Văn Hòa', ['Giám đốc Sở Văn hoá và Thể thao']))).toEqual([
      [0, 'Giám đốc Sở Văn hoá và Thể thao', 'Giám đốc Sở Văn hóa và Thể thao'],
    ])
    // Too short for a typo to be allowed: only the tone rule makes these the same title.
    expect(fixes(person('Vũ Thị Khỏe', ['Uỷ viên', 'Thủ qũy']))).toEqual([
      [0, 'Uỷ viên', 'Ủy viên'],
      [1, 'Thủ qũy', 'Thủ quỹ'],
    ])
    // The directory's own spelling, even typed decomposed, is no slip at all.
    expect(fixes(person('Đỗ Thị Ninh Hường'.normalize('NFD'), ['Bí thư Huyện ủy'.normalize('NFD')]))).toEqual(
      [],
    )
  })

  it('offers the full title for one cut short after whole words', () => {
    expect(fixes(person('Lê Văn Bình', ['Chủ tịch UBND huyện']))).toEqual([
      [0, 'Chủ tịch UBND huyện', 'Chủ tịch UBND huyện Ba Chẽ'],
    ])
  })

  it('offers a fix for a slip of a letter or a tone in a long title', () => {
    expect(fixes(person('Đỗ Thị Ninh Hường', ['Bí thư Huyên ủy', 'Chủ tich HĐND huyện']))).toEqual([
      [0, 'Bí thư Huyên ủy', 'Bí thư Huyện ủy'],
      [1, 'Chủ tich HĐND huyện', 'Chủ tịch HĐND huyện'],
    ])
  })

  it('leaves another office alone: a deputy is not the secretary, a province not a district', () => {
    expect(fixes(person('Lê Văn Bình', ['Bí thư Huyện ủy', 'Phó Chủ tịch UBND huyện Ba Chẽ']))).toEqual([])
    expect(fixes(person('Nguyễn Xuân Ký', ['Bí thư Huyện ủy', 'UV', 'TUV']))).toEqual([])
    expect(fixes(person('Đỗ Thị Ninh Hường', ['Chủ tịch HĐND tỉnh']))).toEqual([])
  })

  it('never takes one body for another: HĐND is not UBND, however close the letters', () => {
    const directory = [{ name: 'Lê Văn Bình', titles: ['Chủ tịch UBND huyện', 'Phó Chủ tịch HĐND huyện'] }]
    const written = { name: 'Lê Văn Bình', titles: ['Chủ tịch HĐND huyện', 'Phó Chủ tịch UBND huyện'] }
    expect(titleCorrections(directory, written)).toEqual([])
    // The same body in other capitals still is one.
    expect(titleCorrections(directory, { ...written, titles: ['chủ tịch ubnd huyện'] })).toMatchObject([
      { suggested: 'Chủ tịch UBND huyện' },
    ])
  })

  it('says nothing for a person the directory does not have, or a title it has as written', () => {
    expect(fixes(person('Trần Văn Mới', ['Bí thư huyện ủy']))).toEqual([])
    expect(fixes(person('', ['Bí thư huyện ủy']))).toEqual([])
    expect(fixes(person('  đỗ thị ninh  hường ', ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện']))).toEqual([])
  })

  it('finds the person by name in any case or spacing', () => {
    expect(fixes(person('đỗ thị  NINH hường', ['bí thư huyện ủy']))).toEqual([
      [0, 'bí thư huyện ủy', 'Bí thư Huyện ủy'],
    ])
  })
})
