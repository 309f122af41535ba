import { describe, expect, it } from 'vitest'
import {
  deletePeopleFrom,
  importPeopleInto,
  mergePeopleIn,
  savePersonIn,
  tidyEntry,
} from '@shared/people/directory'
import type { DirectoryEntry, PersonRecord } from '@shared/people/people'

const record = (over: Partial<PersonRecord> & { name: string }): PersonRecord => ({
  titles: [],
  separator: 'comma',
  unit: '',
  periods: [],
  uses: 0,
  lastUsed: null,
  ...over,
})
const entry = (over: Partial<DirectoryEntry> & { name: string }): DirectoryEntry => ({
  titles: [],
  separator: 'comma',
  unit: '',
  periods: [],
  ...over,
})

const list = [
  record({
    name: 'Đỗ Thị Ninh Hường',
    titles: ['TUV', 'Bí thư Huyện ủy'],
    uses: 3,
    lastUsed: '2022-09-19T03:00:00.000Z',
  }),
  record({
    name: 'Đỗ Thị Ninh Huờng',
    titles: ['Bí thư huyện ủy', 'Chủ tịch HĐND huyện'],
    periods: [{ title: 'Chủ tịch HĐND huyện', from: '2021', to: '' }],
    unit: 'HĐND huyện Ba Chẽ',
    uses: 2,
    lastUsed: '2022-10-03T03:00:00.000Z',
  }),
  record({ name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'], uses: 1 }),
]

describe('editing the people directory', () => {
  it('adds a person, tidied, in Vietnamese order', () => {
    const result = savePersonIn(
      list,
      null,
      entry({
        name: '  Bùi  Văn Khoa ',
        titles: [' Trưởng phòng ', '', 'Trưởng phòng'],
        periods: [
          { title: 'Trưởng phòng', from: '2019', to: '' },
          { title: 'Đã bỏ', from: '2010', to: '2012' },
        ],
        unit: ' Phòng Văn hóa ',
      }),
    )
    expect(result.ok && result.people.map((p) => p.name)).toEqual([
      'Bùi Văn Khoa',
      // Vietnamese order: u before ư.
      'Đỗ Thị Ninh Huờng',
      'Đỗ Thị Ninh Hường',
      'Nguyễn Xuân Ký',
    ])
    expect(result.ok && result.people[0]).toEqual({
      name: 'Bùi Văn Khoa',
      titles: ['Trưởng phòng'],
      periods: [{ title: 'Trưởng phòng', from: '2019', to: '' }],
      unit: 'Phòng Văn hóa',
      separator: 'comma',
      uses: 0,
      lastUsed: null,
    })
  })

  it('changes a person, renaming included, and keeps how often they were used', () => {
    const result = savePersonIn(
      list,
      'Nguyễn Xuân Ký',
      entry({ name: 'Nguyễn Xuân Kí', titles: ['UVTW Đảng'] }),
    )
    expect(result.ok && result.people.find((p) => p.name === 'Nguyễn Xuân Kí')).toMatchObject({
      titles: ['UVTW Đảng'],
      uses: 1,
    })
    expect(result.ok && result.people.some((p) => p.name === 'Nguyễn Xuân Ký')).toBe(false)
    expect(result.ok && result.people).toHaveLength(3)
  })

  it('refuses an empty name, and a name another entry has, saying to merge', () => {
    expect(savePersonIn(list, null, entry({ name: '   ' }))).toEqual({
      ok: false,
      said: expect.objectContaining({ vi: 'Hãy ghi họ và tên người này.' }),
    })
    const clash = savePersonIn(list, 'Nguyễn Xuân Ký', entry({ name: 'đỗ thị ninh hường' }))
    expect(clash).toEqual({
      ok: false,
      said: expect.objectContaining({ vi: expect.stringMatching(/^Danh bạ đã có “Đỗ Thị Ninh Hường”.*Gộp/) }),
    })
    // Changing only the case of one's own name is no clash.
    expect(savePersonIn(list, 'Nguyễn Xuân Ký', entry({ name: 'NGUYỄN XUÂN KÝ' })).ok).toBe(true)
  })

  it('merges two entries of one person into the one kept: titles joined, uses added, latest use kept', () => {
    const result = mergePeopleIn(list, ['Đỗ Thị Ninh Hường', 'Đỗ Thị Ninh Huờng'], 'Đỗ Thị Ninh Hường')
    expect(result.ok && result.people).toEqual([
      {
        name: 'Đỗ Thị Ninh Hường',
        titles: ['TUV', 'Bí thư Huyện ủy', 'Bí thư huyện ủy', 'Chủ tịch HĐND huyện'],
        periods: [{ title: 'Chủ tịch HĐND huyện', from: '2021', to: '' }],
        unit: 'HĐND huyện Ba Chẽ',
        separator: 'comma',
        uses: 5,
        lastUsed: '2022-10-03T03:00:00.000Z',
      },
      list[2],
    ])
    const other = mergePeopleIn(list, ['Đỗ Thị Ninh Hường', 'Đỗ Thị Ninh Huờng'], 'Đỗ Thị Ninh Huờng')
    expect(other.ok && other.people[0]!.titles).toEqual([
      'Bí thư huyện ủy',
      'Chủ tịch HĐND huyện',
      'TUV',
      'Bí thư Huyện ủy',
    ])
  })

  it('refuses to merge fewer than two people it has', () => {
    expect(mergePeopleIn(list, ['Nguyễn Xuân Ký', 'Không Có Ai'], 'Nguyễn Xuân Ký')).toEqual({
      ok: false,
      said: expect.objectContaining({ vi: 'Hãy chọn ít nhất hai người để gộp.' }),
    })
  })

  it('deletes the people named, in any case', () => {
    expect(deletePeopleFrom(list, ['nguyễn xuân ký', 'Đỗ Thị Ninh Huờng'])).toEqual([list[0]])
  })

  it('imports: a known name takes the file’s titles and unit but keeps its uses; a new one is added', () => {
    const result = importPeopleInto(list, [
      entry({ name: 'NGUYỄN XUÂN KÝ', titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], unit: 'Tỉnh ủy' }),
      entry({ name: 'Trần Văn Mới', titles: ['Trưởng ban'] }),
    ])
    expect(result).toMatchObject({ added: 1, updated: 1 })
    expect(result.people.map((p) => [p.name, p.titles, p.unit, p.uses])).toEqual([
      ['Đỗ Thị Ninh Huờng', ['Bí thư huyện ủy', 'Chủ tịch HĐND huyện'], 'HĐND huyện Ba Chẽ', 2],
      ['Đỗ Thị Ninh Hường', ['TUV', 'Bí thư Huyện ủy'], '', 3],
      ['NGUYỄN XUÂN KÝ', ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], 'Tỉnh ủy', 1],
      ['Trần Văn Mới', ['Trưởng ban'], '', 0],
    ])
  })

  it('keeps one period per title, and none for a title that was removed', () => {
    expect(
      tidyEntry(
        entry({
          name: 'A',
          titles: ['X'],
          periods: [
            { title: 'X', from: '2020', to: '' },
            { title: 'X', from: '2018', to: '' },
            { title: 'Y', from: '2010', to: '' },
            { title: 'X ', from: '', to: '' },
          ],
        }),
      ).periods,
    ).toEqual([{ title: 'X', from: '2020', to: '' }])
  })
})
