import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDraftHandlers } from '@main/handlers/draftHandlers'
import type { DialogPort } from '@main/handlers/ports'
import { tempPathFor } from '@node/atomicWrite'
import { DocSessions } from '@node/docSessions'
import { draftPathFromArgv } from '@node/draftFiles'
import { RecentFiles } from '@node/recentFiles'
import { parseReportText, serializeReport, type Report } from '@shared/model'
import { draft, p } from '../../../fixtures/builders'

class Dialogs implements DialogPort {
  open: string[] = []
  save: Array<string | null> = []
  async chooseDraftToOpen() {
    return this.open.shift() ?? null
  }
  async chooseDraftSavePath() {
    return this.save.shift() ?? null
  }
}

function report(text: string): Report {
  return draft({ id: 'r1', title: 'Giao ban Thường trực Tỉnh ủy' }, p(text))
}

function bodyOf(path: string): string {
  const parsed = parseReportText(readFileSync(path, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.message)
  return JSON.stringify(parsed.report.body)
}

describe('draft handlers', () => {
  let dir: string
  let dialogs: Dialogs
  let sessions: DocSessions
  let recent: RecentFiles
  let handlers: ReturnType<typeof createDraftHandlers>
  let path: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    dialogs = new Dialogs()
    sessions = new DocSessions()
    recent = new RecentFiles(
      join(dir, 'userData', 'recent-files.json'),
      () => new Date('2022-09-20T01:00:00Z'),
    )
    handlers = createDraftHandlers({ dialogs, sessions, recent, now: () => new Date('2022-09-20T02:00:00Z') })
    path = join(dir, 'Giao ban.soantin')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  async function saveNew(text: string) {
    dialogs.save.push(join(dir, 'Giao ban'))
    const saved = await handlers.saveDraft({ docToken: null, report: report(text) })
    if (!saved.ok) throw new Error('save failed')
    return saved.docToken
  }

  it('save as adds the extension, returns a token and the name, never the path', async () => {
    dialogs.save.push(join(dir, 'Giao ban'))
    const saved = await handlers.saveDraftAs({ docToken: null, report: report('Ngày 19/9') })
    expect(saved).toEqual({
      ok: true,
      docToken: expect.any(String),
      fileName: 'Giao ban.soantin',
      savedAt: '2022-09-20T02:00:00.000Z',
    })
    expect(JSON.stringify(saved)).not.toContain(dir)
    expect(bodyOf(path)).toContain('Ngày 19/9')
  })

  it('a canceled save dialog writes nothing', async () => {
    await expect(handlers.saveDraftAs({ docToken: null, report: report('x') })).resolves.toEqual({
      ok: false,
      canceled: true,
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('saves over its own file again without asking', async () => {
    const token = await saveNew('bản 1')
    const again = await handlers.saveDraft({ docToken: token, report: report('bản 2') })
    expect(again.ok && again.docToken).toBe(token)
    expect(bodyOf(path)).toContain('bản 2')
  })

  it('notices a file another program changed and writes nothing until the officer chooses to overwrite', async () => {
    const token = await saveNew('bản của tôi')
    const theirs = serializeReport(report('bản của người khác'))
    writeFileSync(path, theirs)
    const refused = await handlers.saveDraft({ docToken: token, report: report('bản mới của tôi') })
    expect(refused).toMatchObject({
      ok: false,
      conflict: 'changed',
      message:
        'Tệp "Giao ban.soantin" đã bị một chương trình khác thay đổi kể từ lần bạn mở hoặc lưu. Ghi đè sẽ xóa mất những thay đổi đó. Hãy chọn "Lưu thành…" để lưu bản của bạn thành tệp khác, hoặc "Ghi đè" nếu bạn chắc chắn.',
    })
    expect(readFileSync(path, 'utf8')).toBe(theirs)
    const forced = await handlers.saveDraft({
      docToken: token,
      report: report('bản mới của tôi'),
      overwrite: true,
    })
    expect(forced.ok).toBe(true)
    expect(bodyOf(path)).toContain('bản mới của tôi')
    // After the overwrite the file is ours again: the next save goes through without asking.
    await expect(handlers.saveDraft({ docToken: token, report: report('tiếp') })).resolves.toMatchObject({
      ok: true,
    })
  })

  it('notices a change that keeps the size (same length, other letters)', async () => {
    const token = await saveNew('AAAA')
    const text = readFileSync(path, 'utf8').replace('AAAA', 'BBBB')
    writeFileSync(path, text)
    utimesSync(path, new Date(), new Date(Date.now() + 5000))
    const refused = await handlers.saveDraft({ docToken: token, report: report('CCCC') })
    expect(refused).toMatchObject({ ok: false, conflict: 'changed' })
  })

  it('does not complain when a program only touched the file', async () => {
    const token = await saveNew('bản 1')
    utimesSync(path, new Date(), new Date(Date.now() + 60_000))
    await expect(handlers.saveDraft({ docToken: token, report: report('bản 2') })).resolves.toMatchObject({
      ok: true,
    })
  })

  it('notices a file deleted since it was saved; saving back recreates it only when asked', async () => {
    const token = await saveNew('bản 1')
    rmSync(path)
    const refused = await handlers.saveDraft({ docToken: token, report: report('bản 2') })
    expect(refused).toMatchObject({
      ok: false,
      conflict: 'deleted',
      message:
        'Tệp "Giao ban.soantin" đã bị xóa hoặc di chuyển kể từ lần bạn mở hoặc lưu. Hãy chọn "Lưu thành…" để chọn chỗ lưu, hoặc "Lưu lại chỗ cũ" để tạo lại tệp ở vị trí cũ.',
    })
    expect(readdirSync(dir).filter((n) => n.endsWith('.soantin'))).toEqual([])
    await handlers.saveDraft({ docToken: token, report: report('bản 2'), overwrite: true })
    expect(bodyOf(path)).toContain('bản 2')
  })

  it('a read-only file is refused on save with the read-only message', async () => {
    const token = await saveNew('bản 1')
    const before = readFileSync(path, 'utf8')
    chmodSync(path, 0o444)
    const result = await handlers.saveDraft({ docToken: token, report: report('bản 2') })
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('chế độ chỉ đọc') })
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('opens a draft, cleans temp files a crash left beside it, and lists it in recent files', async () => {
    writeFileSync(path, serializeReport(report('đã mở')))
    const stale = tempPathFor(path)
    writeFileSync(stale, '{"format": "soantin-rep')
    dialogs.open.push(path)
    const opened = await handlers.openDraft()
    expect(opened).toMatchObject({ ok: true, fileName: 'Giao ban.soantin', migratedFrom: null, repaired: 0 })
    expect(readdirSync(dir).sort()).toEqual(['Giao ban.soantin', 'userData'])
    const list = await handlers.listRecentFiles()
    expect(list).toEqual([
      {
        id: expect.stringMatching(/^[a-f0-9]{24}$/),
        fileName: 'Giao ban.soantin',
        folder: dir.split('/').pop(),
        usedAt: '2022-09-20T01:00:00.000Z',
        missing: false,
      },
    ])
    expect(JSON.stringify(list)).not.toContain(dir)
  })

  it('opens a recent file by its id, and refuses an id it never gave out', async () => {
    writeFileSync(path, serializeReport(report('gần đây')))
    await recent.add(path)
    const [entry] = await handlers.listRecentFiles()
    const opened = await handlers.openRecentFile({ id: entry!.id })
    expect(opened.ok && JSON.stringify(opened.report.body)).toContain('gần đây')
    await expect(handlers.openRecentFile({ id: 'a'.repeat(24) })).resolves.toMatchObject({
      ok: false,
      message: 'Tệp này không còn trong danh sách tệp gần đây.',
    })
  })

  it('drops a recent file that was deleted once opening it fails', async () => {
    writeFileSync(path, serializeReport(report('x')))
    await recent.add(path)
    rmSync(path)
    const [entry] = await handlers.listRecentFiles()
    expect(entry?.missing).toBe(true)
    const opened = await handlers.openRecentFile({ id: entry!.id })
    expect(opened).toMatchObject({ ok: false, message: expect.stringContaining('không tìm thấy tệp') })
    await expect(handlers.listRecentFiles()).resolves.toEqual([])
  })

  it('opens a file given on the command line once, after the renderer asks for it', async () => {
    writeFileSync(path, serializeReport(report('từ dòng lệnh')))
    await expect(handlers.openPendingFile()).resolves.toEqual({ ok: false, canceled: true })
    sessions.queueOpen(draftPathFromArgv(['/opt/Soạn Tin/soantin', '--no-sandbox', 'Giao ban.soantin'], dir)!)
    const opened = await handlers.openPendingFile()
    expect(opened.ok && JSON.stringify(opened.report.body)).toContain('từ dòng lệnh')
    await expect(handlers.openPendingFile()).resolves.toEqual({ ok: false, canceled: true })
  })

  it('a bad file from the command line gets the same message as from the Open dialog', async () => {
    writeFileSync(path, '{"format": "soantin-report", "version": 1')
    sessions.queueOpen(path)
    const opened = await handlers.openPendingFile()
    expect(opened).toMatchObject({
      ok: false,
      message:
        'Không mở được "Giao ban.soantin": Tệp bị cắt cụt (thiếu phần cuối): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.',
    })
    expect(readFileSync(path, 'utf8')).toBe('{"format": "soantin-report", "version": 1')
  })
})

describe('draftPathFromArgv', () => {
  it('finds the draft among Electron and Chromium arguments, relative to the working folder', () => {
    expect(draftPathFromArgv(['soantin.exe', '--flag', 'C.SOANTIN'], '/home/vt')).toBe('/home/vt/C.SOANTIN')
    expect(draftPathFromArgv(['electron', '.', '/tmp/a.soantin'], '/x')).toBe('/tmp/a.soantin')
    expect(draftPathFromArgv(['soantin', 'ghi chú.txt'], '/x')).toBeNull()
    expect(draftPathFromArgv(['a.soantin'], '/x')).toBeNull()
  })
})
