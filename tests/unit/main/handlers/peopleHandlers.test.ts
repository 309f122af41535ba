import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPeopleHandlers } from '@main/handlers/peopleHandlers'
import type { DialogPort, ExportFormat } from '@main/handlers/ports'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { PeopleStore } from '@node/peopleStore'

const NOW = new Date('2022-09-19T09:15:00Z')

/** Answers the CSV open dialog with `openPath` and every save dialog with `savePath`. */
class CsvDialogs implements DialogPort {
  openPath: string | null = null
  savePath: string | null = null
  readonly asked: Array<[ExportFormat, string]> = []
  async chooseDraftToOpen() {
    return null
  }
  async chooseDraftSavePath() {
    return null
  }
  async chooseExportPath(format: ExportFormat, name: string) {
    this.asked.push([format, name])
    return this.savePath
  }
  async choosePeopleCsvToOpen() {
    return this.openPath
  }
}

/** The real file system, except that writing under `dir` fails as a full disk does. */
const fullDisk = (dir: string): FileSystem => ({
  ...nodeFileSystem,
  async open(path, flags, mode) {
    if (path.startsWith(dir) && flags.includes('w')) {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    }
    return nodeFileSystem.open(path, flags, mode)
  },
})

let dir: string
let dialogs: CsvDialogs
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soantin-people-'))
  dialogs = new CsvDialogs()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const handlersOn = (fs: FileSystem = nodeFileSystem) =>
  createPeopleHandlers({ store: new PeopleStore(dir, () => NOW, fs), dialogs, fs })

const OLD_FILE = {
  version: 1,
  people: [
    {
      name: 'Đỗ Thị Ninh Hường',
      titles: ['TUV', 'Bí thư Huyện ủy'],
      separator: 'comma',
      uses: 3,
      lastUsed: '2022-09-19T03:00:00.000Z',
    },
    { name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'] },
  ],
}

describe('the people directory in main', () => {
  it('reads a people file from before the directory, giving each person an empty unit and no periods', async () => {
    writeFileSync(join(dir, 'people.json'), JSON.stringify(OLD_FILE))
    const listed = await handlersOn().listPeople()
    expect(listed.warning).toBeNull()
    expect(listed.people).toEqual([
      { ...OLD_FILE.people[0], unit: '', periods: [] },
      { ...OLD_FILE.people[1], separator: 'comma', uses: 1, lastUsed: null, unit: '', periods: [] },
    ])
    // Remembering a chair keeps the unit and periods the officer gave in the directory.
    const handlers = handlersOn()
    await handlers.savePerson({
      original: 'Nguyễn Xuân Ký',
      person: {
        name: 'Nguyễn Xuân Ký',
        titles: ['Bí thư Tỉnh ủy'],
        separator: 'comma',
        unit: 'Tỉnh ủy Quảng Ninh',
        periods: [{ title: 'Bí thư Tỉnh ủy', from: '2015', to: '' }],
      },
    })
    await handlers.rememberPeople({
      people: [
        { name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy', 'Trưởng đoàn ĐBQH'], separator: 'comma' },
      ],
    })
    const saved = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8'))
    expect(saved.version).toBe(1)
    expect(saved.people[1]).toEqual({
      name: 'Nguyễn Xuân Ký',
      titles: ['Bí thư Tỉnh ủy', 'Trưởng đoàn ĐBQH'],
      separator: 'comma',
      unit: 'Tỉnh ủy Quảng Ninh',
      periods: [{ title: 'Bí thư Tỉnh ủy', from: '2015', to: '' }],
      uses: 2,
      lastUsed: NOW.toISOString(),
    })
  })

  it('adds, refuses a clash without writing, merges and deletes', async () => {
    writeFileSync(join(dir, 'people.json'), JSON.stringify(OLD_FILE))
    const handlers = handlersOn()
    const added = await handlers.savePerson({
      original: null,
      person: {
        name: 'Đỗ Thị Ninh Huờng',
        titles: ['Chủ tịch HĐND huyện'],
        separator: 'comma',
        unit: '',
        periods: [],
      },
    })
    expect(added.ok && added.people.map((p) => p.name)).toEqual([
      'Đỗ Thị Ninh Huờng',
      'Đỗ Thị Ninh Hường',
      'Nguyễn Xuân Ký',
    ])
    const before = readFileSync(join(dir, 'people.json'), 'utf8')
    const clash = await handlers.savePerson({
      original: 'Đỗ Thị Ninh Huờng',
      person: { name: 'NGUYỄN XUÂN KÝ', titles: [], separator: 'comma', unit: '', periods: [] },
    })
    expect(clash).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Danh bạ đã có “Nguyễn Xuân Ký”/),
    })
    expect(readFileSync(join(dir, 'people.json'), 'utf8')).toBe(before)

    const merged = await handlers.mergePeople({
      names: ['Đỗ Thị Ninh Huờng', 'Đỗ Thị Ninh Hường'],
      keep: 'Đỗ Thị Ninh Hường',
    })
    expect(merged.ok && merged.people.map((p) => [p.name, p.titles, p.uses])).toEqual([
      ['Đỗ Thị Ninh Hường', ['TUV', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'], 3],
      ['Nguyễn Xuân Ký', ['Bí thư Tỉnh ủy'], 1],
    ])
    const deleted = await handlers.deletePeople({ names: ['Nguyễn Xuân Ký'] })
    expect(deleted.ok && deleted.people.map((p) => p.name)).toEqual(['Đỗ Thị Ninh Hường'])
    expect((await handlersOn().listPeople()).people.map((p) => p.name)).toEqual(['Đỗ Thị Ninh Hường'])
  })

  it('exports CSV where the officer chose and imports it back, through the dialogs', async () => {
    writeFileSync(join(dir, 'people.json'), JSON.stringify(OLD_FILE))
    const handlers = handlersOn()
    dialogs.savePath = join(dir, 'danh bạ')
    const exported = await handlers.exportPeople()
    expect(exported).toEqual({ ok: true, fileName: 'danh bạ.csv', count: 2 })
    expect(dialogs.asked).toEqual([['csv', 'danh-ba-nguoi-chu-tri.csv']])
    const bytes = readFileSync(join(dir, 'danh bạ.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toBe(
      '\uFEFFHọ và tên,Chức vụ,Từ,Đến,Đơn vị\r\nĐỗ Thị Ninh Hường,TUV,,,\r\nĐỗ Thị Ninh Hường,Bí thư Huyện ủy,,,\r\nNguyễn Xuân Ký,Bí thư Tỉnh ủy,,,\r\n',
    )

    // The officer edits the sheet in Excel (semicolons there) and imports it.
    writeFileSync(
      join(dir, 'sửa.csv'),
      '\uFEFFHọ và tên;Chức vụ;Từ;Đến;Đơn vị\r\nNguyễn Xuân Ký;Bí thư Tỉnh ủy;2015;;Tỉnh ủy\r\nLê Văn Mới;"Phó Chủ tịch; UBND";;;\r\n',
    )
    dialogs.openPath = join(dir, 'sửa.csv')
    const imported = await handlers.importPeople()
    expect(imported).toMatchObject({ ok: true, added: 1, updated: 1 })
    expect(imported.ok && imported.people.map((p) => [p.name, p.titles, p.unit, p.periods])).toEqual([
      ['Đỗ Thị Ninh Hường', ['TUV', 'Bí thư Huyện ủy'], '', []],
      ['Lê Văn Mới', ['Phó Chủ tịch; UBND'], '', []],
      ['Nguyễn Xuân Ký', ['Bí thư Tỉnh ủy'], 'Tỉnh ủy', [{ title: 'Bí thư Tỉnh ủy', from: '2015', to: '' }]],
    ])
  })

  it('refuses a bad CSV with the lines to fix and leaves the directory as it was', async () => {
    writeFileSync(join(dir, 'people.json'), JSON.stringify(OLD_FILE))
    const before = readFileSync(join(dir, 'people.json'), 'utf8')
    writeFileSync(join(dir, 'hỏng.csv'), 'Họ và tên,Chức vụ,Từ\nLê Văn A,Chủ tịch,2020\n,Phó Chủ tịch,\n')
    dialogs.openPath = join(dir, 'hỏng.csv')
    expect(await handlersOn().importPeople()).toEqual({
      ok: false,
      message: 'Chưa nhập gì từ “hỏng.csv”: Dòng 3: thiếu họ và tên.',
      en: 'Nothing was imported from “hỏng.csv”: Line 3: the name is missing.',
    })
    expect(readFileSync(join(dir, 'people.json'), 'utf8')).toBe(before)
  })

  it('refuses a file over the bound without reading it, and something that is not a file', async () => {
    writeFileSync(join(dir, 'lớn.csv'), Buffer.alloc(3 * 1024 * 1024, 0x61))
    dialogs.openPath = join(dir, 'lớn.csv')
    const reads: string[] = []
    const counting: FileSystem = {
      ...nodeFileSystem,
      readFile: async (path) => {
        reads.push(path)
        return nodeFileSystem.readFile(path)
      },
    }
    expect(await handlersOn(counting).importPeople()).toMatchObject({
      ok: false,
      message: 'Không nhập được “lớn.csv”: Tệp CSV quá lớn (3072 KB); danh bạ nhận tệp đến 2 MB.',
    })
    expect(reads.filter((p) => p.endsWith('.csv'))).toEqual([])
    dialogs.openPath = dir
    expect(await handlersOn().importPeople()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/không phải một tệp/),
    })
    dialogs.openPath = join(dir, 'không có.csv')
    expect(await handlersOn().importPeople()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Không đọc được “không có\.csv”/),
    })
  })

  it('says why a change could not be written, and a cancelled dialog does nothing', async () => {
    writeFileSync(join(dir, 'people.json'), JSON.stringify(OLD_FILE))
    const handlers = handlersOn(fullDisk(dir))
    const result = await handlers.deletePeople({ names: ['Nguyễn Xuân Ký'] })
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Ổ đĩa đã đầy/) })
    expect(JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8'))).toEqual(OLD_FILE)
    dialogs.savePath = join(dir, 'out.csv')
    expect(await handlers.exportPeople()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Ổ đĩa đã đầy/),
    })
    dialogs.savePath = null
    dialogs.openPath = null
    expect(await handlersOn().exportPeople()).toEqual({ ok: false, canceled: true })
    expect(await handlersOn().importPeople()).toEqual({ ok: false, canceled: true })
    expect(readdirSync(dir).sort()).toEqual(['people.json'])
  })

  it('sets a damaged people file aside and starts an empty directory', async () => {
    writeFileSync(join(dir, 'people.json'), '{"version": 1, "people": [{"name": "A", "periods": "2020"}]}')
    const listed = await handlersOn().listPeople()
    expect(listed.people).toEqual([])
    expect(listed.warning).toMatch(/^Danh sách người chủ trì bị hỏng nên được lập lại; bản cũ được giữ ở/)
  })
})
