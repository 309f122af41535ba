import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from '@shared/model/zodLocale'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { JsonFileStore } from '@node/jsonFileStore'
import { SaveError } from '@node/saveErrors'

const schema = z.object({ version: z.literal(1), names: z.array(z.string()) })
type Names = z.infer<typeof schema>

const NOW = new Date('2022-09-19T09:15:00Z')
const ASIDE = `names.json.hong-${NOW.getTime()}`

/** A folder that can be read but not written, as the seam sees it (tests run as root, so chmod would not do). */
const readOnlyFolder: FileSystem = {
  ...nodeFileSystem,
  open: async () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })),
  rename: async () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })),
  mkdir: async () => undefined,
}

let dir: string
let path: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soantin-json-'))
  path = join(dir, 'names.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function store(fs: FileSystem = nodeFileSystem): JsonFileStore<Names> {
  return new JsonFileStore({
    path,
    schema,
    version: 1,
    fallback: () => ({ version: 1, names: [] }),
    label: {
      name: 'Danh sách tên',
      fallback: 'nên được lập lại',
      nameEn: 'name list',
      fallbackEn: 'so it was started afresh',
    },
    fs,
    clock: () => NOW,
  })
}

describe('JsonFileStore', () => {
  it('gives the fallback for a missing file and writes nothing', async () => {
    expect(await store().load()).toEqual({ value: { version: 1, names: [] }, warning: null })
    expect(readdirSync(dir)).toEqual([])
  })

  it('writes NFC JSON that reads back the same', async () => {
    await store().save({ version: 1, names: ['Đỗ Thị Hường'.normalize('NFD')] })
    expect(readFileSync(path, 'utf8')).toBe('{\n  "version": 1,\n  "names": [\n    "Đỗ Thị Hường"\n  ]\n}\n')
    expect((await store().load()).value.names).toEqual(['Đỗ Thị Hường'.normalize('NFC')])
  })

  it.each([
    ['corrupt JSON', '{"version": 1, "names": ['],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['the wrong shape', '{"version": 1, "names": [5]}'],
    ['JSON that is not an object', '"names"'],
  ])('sets aside %s with a warning, gives the fallback, and never overwrites it', async (_case, bytes) => {
    writeFileSync(path, bytes)
    const loaded = await store().load()
    expect(loaded.value).toEqual({ version: 1, names: [] })
    expect(loaded.warning?.vi).toBe(
      `Danh sách tên bị hỏng nên được lập lại; bản cũ được giữ ở "${join(dir, ASIDE)}".`,
    )
    expect(readFileSync(join(dir, ASIDE))).toEqual(Buffer.from(bytes))
    await store().save({ version: 1, names: ['mới'] })
    expect(readFileSync(join(dir, ASIDE))).toEqual(Buffer.from(bytes))
    expect(readdirSync(dir).sort()).toEqual(['names.json', ASIDE])
  })

  it('says when the file is of another version, and keeps it aside', async () => {
    writeFileSync(path, '{"version": 2, "names": ["a"], "more": true}')
    const loaded = await store().load()
    expect(loaded.value.names).toEqual([])
    expect(loaded.warning?.vi).toMatch(
      /^Danh sách tên thuộc phiên bản 2, bản Soạn Tin này chỉ đọc được phiên bản 1/,
    )
    expect(loaded.warning?.vi).toContain(ASIDE)
    expect(readFileSync(join(dir, ASIDE), 'utf8')).toContain('"more": true')
  })

  it('never renames a damaged file over one set aside earlier in the same millisecond', async () => {
    writeFileSync(path, 'hỏng lần một')
    await store().load()
    writeFileSync(path, 'hỏng lần hai')
    expect((await store().load()).warning?.vi).toContain(`${ASIDE}-2`)
    expect(readFileSync(join(dir, ASIDE), 'utf8')).toBe('hỏng lần một')
    expect(readFileSync(join(dir, `${ASIDE}-2`), 'utf8')).toBe('hỏng lần hai')
  })

  it('in a read-only folder: keeps a damaged file in place, says so, and refuses to write over it', async () => {
    writeFileSync(path, '{hỏng')
    const s = store(readOnlyFolder)
    const loaded = await s.load()
    expect(loaded.value.names).toEqual([])
    expect(loaded.warning?.vi).toMatch(
      /không chuyển sang chỗ khác được nên được giữ nguyên, và sẽ không bị ghi đè\.$/,
    )
    const refused = await s.save({ version: 1, names: ['a'] }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(SaveError)
    expect((refused as SaveError).message).toMatch(/không ghi đè lên nó/)
    expect(readFileSync(path, 'utf8')).toBe('{hỏng')
  })

  it('refuses to write over a damaged file even on a normal disk when load could not move it', async () => {
    writeFileSync(path, '{hỏng')
    let renames = 0
    const flaky: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        // The first move aside fails (the file was held open); everything after works.
        if (renames++ === 0) throw Object.assign(new Error('busy'), { code: 'EBUSY' })
        await nodeFileSystem.rename(from, to)
      },
    }
    const s = store(flaky)
    expect((await s.load()).warning?.vi).toMatch(/được giữ nguyên/)
    await s.save({ version: 1, names: ['a'] })
    expect(readFileSync(join(dir, ASIDE), 'utf8')).toBe('{hỏng')
    expect((await s.load()).value.names).toEqual(['a'])
  })

  it('in a read-only folder: a save fails with a Vietnamese message and the file stays as it was', async () => {
    await store().save({ version: 1, names: ['cũ'] })
    const refused = await store(readOnlyFolder)
      .save({ version: 1, names: ['mới'] })
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(SaveError)
    expect((refused as SaveError).message).toMatch(/Ổ đĩa chỉ cho phép đọc/)
    expect((await store().load()).value.names).toEqual(['cũ'])
  })

  it('refuses a value its schema rejects, and writes nothing', async () => {
    const bad = { version: 1, names: [5] } as unknown as Names
    await expect(store().save(bad)).rejects.toThrow()
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps the last of several writes asked for at once, however the disk orders them', async () => {
    let call = 0
    const slowFirst: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        const wait = (5 - call++) * 15
        await new Promise((resolve) => setTimeout(resolve, wait))
        await nodeFileSystem.rename(from, to)
      },
    }
    const s = store(slowFirst)
    await Promise.all([1, 2, 3, 4, 5].map((n) => s.save({ version: 1, names: [`lần ${n}`] })))
    expect((await store().load()).value.names).toEqual(['lần 5'])
  })

  it('loses no change when updates run at the same time', async () => {
    const s = store()
    await Promise.all(
      ['A', 'B', 'C'].map((name) => s.update((current) => ({ ...current, names: [...current.names, name] }))),
    )
    expect((await store().load()).value.names).toEqual(['A', 'B', 'C'])
  })
})
