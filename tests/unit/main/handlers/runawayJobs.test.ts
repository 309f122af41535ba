import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createExportHandlers } from '@main/handlers/exportHandlers'
import { workerJobPort } from '@node/jobs/workerJobPort'
import { draft, p } from '../../../fixtures/builders'
import { ExportDialogs } from '../../../helpers/exportDialogs'
import { RUNAWAY, RUNAWAY_ENTRY } from '../../node/jobs/jobTestKit'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function exportsTo(name: string, limits: { timeoutMs?: number; maxMemoryMb?: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-runaway-'))
  dirs.push(dir)
  const dialogs = new ExportDialogs(() => join(dir, name))
  const jobs = workerJobPort({ entry: RUNAWAY_ENTRY, ...limits })
  return { dir, handlers: createExportHandlers({ dialogs, jobs }) }
}

const runaway = (title: string) => draft({ id: 'r1', title }, p('Nội dung'))

describe('a runaway export in the app', () => {
  it('a DOCX export that exhausts memory answers with a message; nothing is written', async () => {
    const { dir, handlers } = exportsTo('bao-cao.docx', { maxMemoryMb: 128 })
    const result = await handlers.exportDocx({ report: runaway(RUNAWAY.allocate) })
    expect(result).toMatchObject({
      ok: false,
      message:
        'Bản thảo cần quá nhiều bộ nhớ để xuất DOCX (vượt 128 MB); việc xuất DOCX đã dừng, bản thảo không bị thay đổi.',
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('an HTML export that never ends is stopped at the limit, while other exports still finish', async () => {
    const { dir, handlers } = exportsTo('trang.html', { timeoutMs: 8_000 })
    const stuck = handlers.exportHtml({ report: runaway(RUNAWAY.loop), form: 'page', separateImages: false })
    let stuckDone = false
    void stuck.then(() => (stuckDone = true))
    // Main is not busy: a second export runs and finishes while the first still spins.
    const other = exportsTo('khac.html', {})
    const fine = await other.handlers.exportHtml({
      report: runaway('Giao ban'),
      form: 'page',
      separateImages: false,
    })
    expect(fine).toMatchObject({ ok: true, fileName: 'khac.html' })
    expect(stuckDone).toBe(false)
    expect(await stuck).toMatchObject({
      ok: false,
      message: 'Bản thảo cần quá 8 giây để xuất HTML; việc xuất HTML đã dừng, bản thảo không bị thay đổi.',
    })
    expect(existsSync(join(dir, 'trang.html'))).toBe(false)
  })

  it('a crash of the worker during "copy for web" is said in Vietnamese', async () => {
    const clipboard = { writeHtml: () => undefined, read: () => ({ html: '', text: '' }) }
    const copying = createExportHandlers({
      dialogs: new ExportDialogs(() => null),
      clipboard,
      jobs: workerJobPort({ entry: RUNAWAY_ENTRY }),
    })
    expect(await copying.copyForWeb({ report: runaway(RUNAWAY.exit) })).toMatchObject({
      ok: false,
      message:
        'Tiến trình xử lý bản thảo dừng đột ngột (mã thoát 3) nên việc sao chép cho web không hoàn thành; bản thảo không bị thay đổi.',
    })
  })
})
