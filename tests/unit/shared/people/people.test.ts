import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PeopleStore } from '@node/peopleStore'
import type { Person } from '@shared/model/person'
import {
  foldVietnamese,
  peopleInFields,
  rememberPeople,
  sortPeople,
  suggestPeople,
} from '@shared/people/people'
import { buildSeedReport, loadSeedTemplate } from '../../../../scripts/make-seed-example'

const person = (name: string, titles: string[] = []): Person => ({ name, titles, separator: 'comma' })
const now = new Date('2022-09-19T03:00:00Z')

describe('Vietnamese collation of people', () => {
  it('orders A Ă Â B … D Đ and tones after the base letter, unlike plain sort()', () => {
    const names = [
      'Đỗ Thị Ninh Hường',
      'Dương Văn Bình',
      'Ân Văn Tâm',
      'An Thị Hoa',
      'Ăn Văn Lộc',
      'Bùi Văn Khoa',
      'Ý Lan',
      'Yên Thế',
    ]
    const sorted = sortPeople(names.map((n) => person(n))).map((p) => p.name)
    expect(sorted).toEqual([
      'An Thị Hoa',
      'Ăn Văn Lộc',
      'Ân Văn Tâm',
      'Bùi Văn Khoa',
      'Dương Văn Bình',
      'Đỗ Thị Ninh Hường',
      // A one-syllable word ends before a longer one: "Ý Lan" before "Yên Thế".
      'Ý Lan',
      'Yên Thế',
    ])
    expect([...names].sort()).not.toEqual(sorted)
  })

  it('suggests by any part of the name, ignoring tones, case and the đ stroke, in Vietnamese order', () => {
    const people = rememberPeople(
      [],
      [
        person('Nguyễn Xuân Ký'),
        person('Đỗ Thị Ninh Hường'),
        person('Trần Thị Hương'),
        person('Đặng Văn Hùng'),
      ],
      now,
    )
    expect(suggestPeople(people, 'huong').map((p) => p.name)).toEqual(['Đỗ Thị Ninh Hường', 'Trần Thị Hương'])
    expect(suggestPeople(people, 'HƯỜNG').map((p) => p.name)).toEqual(['Đỗ Thị Ninh Hường', 'Trần Thị Hương'])
    expect(suggestPeople(people, 'do thi').map((p) => p.name)).toEqual(['Đỗ Thị Ninh Hường'])
    expect(suggestPeople(people, '').map((p) => p.name)).toEqual([
      'Đặng Văn Hùng',
      'Đỗ Thị Ninh Hường',
      'Nguyễn Xuân Ký',
      'Trần Thị Hương',
    ])
    expect(foldVietnamese('Đỗ Thị Ninh Hường')).toBe('do thi ninh huong')
  })
})

describe('remembering people', () => {
  it('takes the chair and every bridge-point chair of a report', () => {
    const seed = buildSeedReport(loadSeedTemplate())
    expect(peopleInFields(seed.fields).map((p) => p.name)).toEqual(['Nguyễn Xuân Ký', 'Đỗ Thị Ninh Hường'])
  })

  it('merges the same name (any case, spacing or Unicode form) and adds the titles it did not have', () => {
    const first = rememberPeople([], [person('Đỗ Thị Ninh Hường', ['TUV', 'Bí thư Huyện ủy'])], now)
    const again = rememberPeople(
      first,
      [person('  đỗ thị  ninh hường '.normalize('NFD'), ['TUV', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'])],
      new Date('2022-09-26T03:00:00Z'),
    )
    expect(again).toHaveLength(1)
    expect(again[0]).toMatchObject({
      titles: ['TUV', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'],
      uses: 2,
      lastUsed: '2022-09-26T03:00:00.000Z',
    })
    // The directory's spelling of the name stays.
    expect(again[0]!.name).toBe('Đỗ Thị Ninh Hường')
  })

  it('never lets a report remove what the directory holds, nor add a misspelt title', () => {
    const directory = rememberPeople(
      [],
      [person('Nguyễn Xuân Ký', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'])],
      now,
    )
    // An old report names fewer titles; a new one has a typo and another case of a title.
    const older = rememberPeople(directory, [person('Nguyễn Xuân Ký', ['Bí thư Tỉnh ủy'])], now)
    expect(older[0]!.titles).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'])
    const slips = rememberPeople(
      older,
      [person('Nguyễn Xuân Ký', ['Ủy viên Trung ương Đảg', 'bí thư tỉnh ủy'])],
      now,
    )
    expect(slips[0]!.titles).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'])
    expect(slips[0]!.uses).toBe(3)
  })

  it('keeps the list in the user data folder across restarts and sets a damaged file aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    const store = new PeopleStore(dir, () => now)
    await store.remember([person('Nguyễn Xuân Ký', ['Bí thư Tỉnh ủy'])])
    await store.remember([person('Đỗ Thị Ninh Hường', ['TUV'])])
    const restarted = await new PeopleStore(dir, () => now).list()
    expect(restarted.people.map((p) => p.name)).toEqual(['Đỗ Thị Ninh Hường', 'Nguyễn Xuân Ký'])
    expect(restarted.warning).toBeNull()

    writeFileSync(join(dir, 'people.json'), '{"version": 1, "people": [{"name": 5}]}')
    const damaged = await new PeopleStore(dir, () => now).list()
    expect(damaged.people).toEqual([])
    expect(damaged.warning?.vi).toMatch(/bị hỏng.*people\.json\.hong-/)
    expect(readdirSync(dir).some((f) => f.startsWith('people.json.hong-'))).toBe(true)
  })

  it('reads a file written before the limits, cutting a long entry rather than setting the file aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    const long = 'Phó Chủ tịch '.repeat(40)
    const titles = Array.from({ length: 40 }, (_, i) => `Ủy viên ${i + 1}`)
    writeFileSync(
      join(dir, 'people.json'),
      JSON.stringify({
        version: 1,
        people: [{ name: 'Nguyễn Xuân Ký', titles: [long, ...titles], separator: 'comma', uses: 2 }],
      }),
    )
    const read = await new PeopleStore(dir, () => now).list()
    expect(read.warning).toBeNull()
    expect(read.people).toHaveLength(1)
    expect(read.people[0]!.titles).toHaveLength(30)
    expect(read.people[0]!.titles[0]).toBe(long.slice(0, 300))
    expect(readdirSync(dir).some((f) => f.startsWith('people.json.hong-'))).toBe(false)
  })

  it('loses no name when two saves remember people at the same time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    const store = new PeopleStore(dir, () => now)
    await Promise.all([store.remember([person('Nguyễn Văn A')]), store.remember([person('Trần Văn B')])])
    expect((await store.list()).people.map((p) => p.name)).toEqual(['Nguyễn Văn A', 'Trần Văn B'])
  })
})
