import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRecoveryHandlers } from '@main/handlers/recoveryHandlers'
import { tempPathFor } from '@node/atomicWrite'
import { DocSessions } from '@node/docSessions'
import { readDraftFile, writeDraftFile } from '@node/draftFiles'
import { nodeFileSystem } from '@node/fileSystem'
import { changeSize } from '@node/recoveryChangeSize'
import { RecoveryStore } from '@node/recoveryStore'
import { type Report } from '@shared/model'
import { draft, p } from '../../fixtures/builders'

const ID_A = 'backup-aaaaaaaa'
const ID_B = 'backup-bbbbbbbb'

function report(title: string, text: string): Report {
  return draft({ id: 'r1', title }, text ? p(text) : p())
}

describe('RecoveryStore', () => {
  let dir: string
  let userData: string
  let time: Date
  let store: RecoveryStore
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    userData = join(dir, 'userData', 'recovery')
    time = new Date('2022-09-19T09:15:00Z')
    store = new RecoveryStore(userData, () => time)
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('lists a never-saved report with its title, time and size of change', async () => {
    await store.write(
      ID_A,
      report('Giao ban Thường trực Tỉnh ủy', 'Ngày 19/9, Thường trực Tỉnh ủy họp.'),
      null,
    )
    const list = await store.list()
    expect(list).toEqual([
      {
        backupId: ID_A,
        title: 'Giao ban Thường trực Tỉnh ủy',
        fileName: null,
        savedAt: '2022-09-19T09:15:00.000Z',
        changedChars: expect.any(Number),
        fileMissing: false,
      },
    ])
    // Everything typed counts as changed: the title, a line break, the paragraph.
    expect(list[0]!.changedChars).toBe(
      'Giao ban Thường trực Tỉnh ủy\nNgày 19/9, Thường trực Tỉnh ủy họp.'.length,
    )
  })

  it('measures the change against the file on disk for a report that was saved', async () => {
    const path = join(dir, 'Giao ban.soantin')
    const saved = report('Giao ban', 'Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần.')
    const stamp = await writeDraftFile(path, saved)
    await store.write(
      ID_A,
      report('Giao ban', 'Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần lần thứ hai.'),
      { path, ...stamp },
    )
    const [item] = await store.list()
    expect(item).toMatchObject({
      fileName: 'Giao ban.soantin',
      changedChars: ' lần thứ hai'.length,
      fileMissing: false,
    })
  })

  it('flags a backup whose file was deleted since', async () => {
    const path = join(dir, 'Giao ban.soantin')
    const stamp = await writeDraftFile(path, report('Giao ban', 'cũ'))
    await store.write(ID_A, report('Giao ban', 'mới'), { path, ...stamp })
    rmSync(path)
    await expect(store.list()).resolves.toMatchObject([{ backupId: ID_A, fileMissing: true }])
  })

  it('drops backups that hold no work: identical to the file, or an empty new report', async () => {
    const path = join(dir, 'Giao ban.soantin')
    const same = report('Giao ban', 'y hệt')
    const stamp = await writeDraftFile(path, same)
    await store.write(ID_A, same, { path, ...stamp })
    await store.write(ID_B, report('', ''), null)
    await expect(store.list()).resolves.toEqual([])
    expect(readdirSync(userData)).toEqual([])
  })

  it('lists newest first and leaves out the one the renderer has open', async () => {
    await store.write(ID_A, report('Cũ hơn', 'a'), null)
    time = new Date('2022-09-19T10:00:00Z')
    await store.write(ID_B, report('Mới hơn', 'b'), null)
    expect((await store.list()).map((r) => r.title)).toEqual(['Mới hơn', 'Cũ hơn'])
    expect((await store.list(ID_B)).map((r) => r.title)).toEqual(['Cũ hơn'])
  })

  it('replaces the backup on each write and removes it on discard', async () => {
    await store.write(ID_A, report('T', 'một'), null)
    await store.write(ID_A, report('T', 'hai'), null)
    expect(readdirSync(userData)).toEqual([`${ID_A}.soantin-backup`])
    expect((await store.read(ID_A))?.report.body).toEqual(report('T', 'hai').body)
    await store.discard(ID_A)
    expect(readdirSync(userData)).toEqual([])
    await expect(store.discard(ID_A)).resolves.toBeUndefined()
  })

  it('runs a discard after a write still in flight, so a stale backup never reappears', async () => {
    const writing = store.write(ID_A, report('T', 'đang ghi'), null)
    const discarding = store.discard(ID_A)
    await Promise.all([writing, discarding])
    expect(readdirSync(userData)).toEqual([])
  })

  it('skips a damaged backup without deleting it, and removes temp files of an interrupted backup', async () => {
    await store.write(ID_A, report('Còn tốt', 'a'), null)
    writeFileSync(join(userData, `${ID_B}.soantin-backup`), '{"format": "soantin-backup", "vers')
    writeFileSync(tempPathFor(join(userData, `${ID_A}.soantin-backup`)), '{')
    expect((await store.list()).map((r) => r.backupId)).toEqual([ID_A])
    expect(readdirSync(userData).sort()).toEqual([`${ID_A}.soantin-backup`, `${ID_B}.soantin-backup`])
  })

  it('keeps backups in NFC and refuses ids that could escape its folder', async () => {
    await store.write(ID_A, report('Ủy ban'.normalize('NFD'), 'Thủy'.normalize('NFD')), null)
    const text = readFileSync(join(userData, `${ID_A}.soantin-backup`), 'utf8')
    expect(text).toContain('Ủy ban'.normalize('NFC'))
    expect(text).not.toContain('Ủy ban'.normalize('NFD'))
    expect(() => store.write('../../etc/x', report('', ''), null)).toThrow()
  })

  it('writes each backup atomically: a full disk leaves the previous backup intact', async () => {
    await store.write(ID_A, report('T', 'bản tốt'), null)
    const full = new RecoveryStore(userData, () => time, {
      ...nodeFileSystem,
      open: async (path, flags, mode) => {
        const handle = await nodeFileSystem.open(path, flags, mode)
        return {
          ...handle,
          sync: () => handle.sync(),
          close: () => handle.close(),
          write: async () => ({ bytesWritten: 0 }),
        }
      },
    })
    await expect(full.write(ID_A, report('T', 'bản mới'), null)).rejects.toMatchObject({ code: 'no-space' })
    expect((await store.read(ID_A))?.report.body).toEqual(report('T', 'bản tốt').body)
    expect(readdirSync(userData)).toEqual([`${ID_A}.soantin-backup`])
  })
})

describe('RecoveryStore: photos are not sent again on every pause', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'soantin-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const withPhoto = (text: string) => {
    const r = report('Có ảnh', text)
    r.assets = { anh: { mime: 'image/png', data: 'iVBORw0KGgo=', name: 'anh.png' } }
    return r
  }

  it('keeps the previous photos when told they did not change, also after a restart of main', async () => {
    const store = new RecoveryStore(join(dir, 'recovery'))
    await store.write(ID_A, withPhoto('một'), null)
    await store.write(ID_A, { ...report('Có ảnh', 'hai'), assets: {} }, null, true)
    expect((await store.read(ID_A))?.report.assets).toEqual(withPhoto('').assets)
    expect((await store.read(ID_A))?.report.body).toEqual(report('', 'hai').body)
    const restarted = new RecoveryStore(join(dir, 'recovery'))
    await restarted.write(ID_A, { ...report('Có ảnh', 'ba'), assets: {} }, null, true)
    expect((await restarted.read(ID_A))?.report.assets).toEqual(withPhoto('').assets)
  })

  it('asks for the photos when it has none to reuse, and writes nothing', async () => {
    const sessions = new DocSessions()
    const store = new RecoveryStore(join(dir, 'recovery'))
    const handlers = createRecoveryHandlers({ recovery: store, sessions })
    await expect(
      handlers.backupDraft({
        backupId: ID_A,
        docToken: null,
        report: report('T', 'x'),
        assetsUnchanged: true,
      }),
    ).resolves.toEqual({
      ok: false,
      needAssets: true,
      message: 'Bản sao lưu trước không còn ảnh để dùng lại.',
    })
    expect(await store.ids()).toEqual([])
    await handlers.backupDraft({ backupId: ID_A, docToken: null, report: withPhoto('x') })
    await handlers.discardBackup({ backupId: ID_A })
    await expect(
      handlers.backupDraft({
        backupId: ID_A,
        docToken: null,
        report: report('T', 'y'),
        assetsUnchanged: true,
      }),
    ).resolves.toMatchObject({ ok: false, needAssets: true })
  })
})

describe('recovery handlers', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'soantin-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('restores a backup of a saved file with a session, so Save goes back to that file with the change check', async () => {
    const path = join(dir, 'Giao ban.soantin')
    const stamp = await writeDraftFile(path, report('Giao ban', 'đã lưu'))
    const sessions = new DocSessions()
    const docToken = sessions.create({ path, ...stamp })
    const store = new RecoveryStore(join(dir, 'recovery'))
    const before = createRecoveryHandlers({ recovery: store, sessions })
    await expect(
      before.backupDraft({ backupId: ID_A, docToken, report: report('Giao ban', 'chưa lưu') }),
    ).resolves.toMatchObject({ ok: true })

    // The app is killed; a new run has new sessions and new handlers over the same folder.
    const after = createRecoveryHandlers({
      recovery: new RecoveryStore(join(dir, 'recovery')),
      sessions: new DocSessions(),
    })
    const [item] = await after.listRecoverable({ exclude: null })
    const restored = await after.restoreBackup({ backupId: item!.backupId })
    if (!restored.ok) throw new Error(restored.message)
    expect(restored).toMatchObject({
      backupId: ID_A,
      fileName: 'Giao ban.soantin',
      docToken: expect.any(String),
    })
    expect(restored.report.body).toEqual(report('', 'chưa lưu').body)
    const onDisk = await readDraftFile(path)
    expect(onDisk.ok && onDisk.report.body).toEqual(report('', 'đã lưu').body)
  })

  it('a clean close removes the backup of the open report and closes; Hủy keeps both', async () => {
    const store = new RecoveryStore(join(dir, 'recovery'))
    const answers: boolean[] = []
    const handlers = createRecoveryHandlers({
      recovery: store,
      sessions: new DocSessions(),
      window: { answerClose: (p) => answers.push(p) },
    })
    await handlers.backupDraft({ backupId: ID_A, docToken: null, report: report('T', 'chữ') })
    await handlers.answerClose({ proceed: false, backupId: ID_A })
    expect(await store.ids()).toEqual([ID_A])
    await handlers.answerClose({ proceed: true, backupId: ID_A })
    expect(await store.ids()).toEqual([])
    expect(answers).toEqual([false, true])
  })

  it('tells the officer when a backup could not be written', async () => {
    writeFileSync(join(dir, 'recovery'), 'một tệp chắn chỗ thư mục')
    const handlers = createRecoveryHandlers({
      recovery: new RecoveryStore(join(dir, 'recovery')),
      sessions: new DocSessions(),
    })
    const result = await handlers.backupDraft({ backupId: ID_A, docToken: null, report: report('T', 'chữ') })
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Không sao lưu tạm được các thay đổi chưa lưu: /),
    })
  })

  it('a backup that vanished cannot be restored, with a message', async () => {
    const handlers = createRecoveryHandlers({
      recovery: new RecoveryStore(join(dir, 'recovery')),
      sessions: new DocSessions(),
    })
    await expect(handlers.restoreBackup({ backupId: ID_A })).resolves.toMatchObject({
      ok: false,
      message: 'Bản sao lưu này không còn hoặc đã hỏng, không khôi phục được.',
    })
  })
})

describe('changeSize', () => {
  it('counts the span that differs', () => {
    expect(changeSize('', 'abc')).toBe(3)
    expect(changeSize('abc', 'abc')).toBe(0)
    expect(changeSize('Ngày 19/9', 'Ngày 20/9')).toBe(2)
    expect(changeSize('xin chào', 'xin')).toBe(5)
    expect(changeSize('aaa', 'aaaa')).toBe(1)
  })
})
