import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, type Handlers } from '@main/handlers/createHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { IPC } from '@shared/ipc/contract'
import type { BodyNode } from '@shared/model/body'
import { MAX_DRAFT_NESTING_DEPTH, nestsDeeperThan } from '@shared/model/nestingDepth'
import { parseReportText, serializeReport } from '@shared/model/parseReport'
import { createEmptyReport, type Report } from '@shared/model/report'
import { doc, li, p, ul } from '../../../fixtures/builders'

/** A report whose body is `levels` bullet lists each inside the last one's item. */
function nestedReport(levels: number): Report {
  let node: BodyNode = p('đáy')
  for (let i = 0; i < levels; i++) node = ul(li(node))
  const report = createEmptyReport({ id: 'sau', now: new Date('2026-11-27T06:00:00Z') })
  return { ...report, body: doc(node) }
}

describe('deeply nested payloads and drafts', () => {
  let dir: string
  let handlers: Handlers
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: process.platform, locale: 'vi' },
      dialogs: {
        chooseDraftToOpen: async () => null,
        chooseDraftSavePath: async (name) => join(dir, name),
        chooseExportPath: async (_format, name) => join(dir, name),
      },
      shell: { openExternal: async () => undefined },
      userDataDir: join(dir, 'userData'),
      templatesDir: join(dir, 'templates'),
    })
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('measures nesting without recursion, to any depth', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 200_000; i++) deep = [deep]
    expect(nestsDeeperThan(deep)).toBe(true)
    expect(nestsDeeperThan({ a: [{ b: [1, 'x', null] }] }, 4)).toBe(false)
    expect(nestsDeeperThan({ a: [{ b: [1, 'x', null] }] }, 3)).toBe(true)
  })

  it('answers an absurdly nested report with a Vietnamese message on every report channel, writing nothing', async () => {
    // 1,000 nested lists overflowed the recursive schema check: dispatch threw a RangeError.
    const report = nestedReport(1000)
    const payloads: Array<[string, unknown]> = [
      [IPC.saveDraftAs.channel, { docToken: null, report }],
      [IPC.exportDocx.channel, { report }],
      [IPC.exportHtml.channel, { report, form: 'page', separateImages: false }],
      [IPC.copyForWeb.channel, { report }],
      [IPC.backupDraft.channel, { backupId: 'sao-luu-01', docToken: null, report }],
    ]
    for (const [channel, payload] of payloads) {
      const result = await dispatchIpc(handlers, channel, payload)
      expect(result, channel).toEqual({
        ok: false,
        message: expect.stringMatching(/^Dữ liệu gửi từ giao diện không hợp lệ\. Nội dung lồng nhau quá sâu/),
        said: {
          vi: expect.stringMatching(/^Dữ liệu gửi từ giao diện không hợp lệ\. Nội dung lồng nhau quá sâu/),
          en: 'The window sent invalid data. The content is nested too deeply (too many levels of lists in lists) to be handled.',
        },
      })
    }
    expect(readdirSync(dir).filter((name) => name !== 'userData')).toEqual([])
  })

  it('saves, backs up and exports through IPC every draft deep enough to open', async () => {
    let levels = 1
    while (!nestsDeeperThan(nestedReport(levels + 1), MAX_DRAFT_NESTING_DEPTH)) levels++
    const opened = parseReportText(serializeReport(nestedReport(levels)))
    if (!opened.ok) throw new Error(opened.message)
    const report = opened.report
    expect(parseReportText(serializeReport(nestedReport(levels + 1)))).toMatchObject({ ok: false })
    expect(await dispatchIpc(handlers, IPC.saveDraftAs.channel, { docToken: null, report })).toMatchObject({
      ok: true,
    })
    const backup = { backupId: 'sao-luu-01', docToken: null, report }
    expect(await dispatchIpc(handlers, IPC.backupDraft.channel, backup)).toMatchObject({ ok: true })
    expect(await dispatchIpc(handlers, IPC.exportDocx.channel, { report })).toMatchObject({ ok: true })
    expect(
      await dispatchIpc(handlers, IPC.exportHtml.channel, { report, form: 'page', separateImages: false }),
    ).toMatchObject({ ok: true })
  })

  it('refuses a draft file nested deeper than the limit, before any recursive step', () => {
    // 270 lists: the recursive checks survived it, so the draft opened and then no save could send it.
    const read = parseReportText(serializeReport(nestedReport(270)))
    expect(read).toMatchObject({
      ok: false,
      code: 'invalid',
      message: 'Nội dung tệp lồng nhau quá sâu: đây không phải bản thảo Soạn Tin hợp lệ.',
    })
    expect(parseReportText(serializeReport(nestedReport(20)))).toMatchObject({ ok: true })
  })
})
