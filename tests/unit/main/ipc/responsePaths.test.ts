import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, type Handlers } from '@main/handlers/createHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { answeringIn } from '@main/ipc/inLanguage'
import { scrubPaths } from '@main/ipc/scrubPaths'
import { IPC } from '@shared/ipc/contract'
import { createEmptyReport } from '@shared/model/report'

describe('responses to the renderer carry no paths', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('names only the file when a system error (a symlink loop) fails open, save and exports', async () => {
    // `vong` points at itself: every access below it fails with ELOOP and Node's message quotes the path.
    symlinkSync(join(dir, 'vong'), join(dir, 'vong'))
    const inLoop = (name: string) => join(dir, 'vong', name)
    const handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: process.platform, locale: 'vi' },
      dialogs: {
        chooseDraftToOpen: async () => inLoop('ban-thao.soantin'),
        chooseDraftSavePath: async () => inLoop('ban-thao.soantin'),
        chooseExportPath: async (_format, name) => inLoop(name),
      },
      shell: { openExternal: async () => undefined },
      userDataDir: join(dir, 'userData'),
      templatesDir: join(dir, 'templates'),
    })
    const report = createEmptyReport({ id: 'duong-dan', now: new Date('2026-11-27T06:00:00Z') })
    const calls: Array<[string, unknown]> = [
      [IPC.openDraft.channel, undefined],
      [IPC.saveDraftAs.channel, { docToken: null, report }],
      [IPC.exportDocx.channel, { report }],
      [IPC.exportHtml.channel, { report, form: 'page', separateImages: true }],
    ]
    for (const [channel, payload] of calls) {
      const result = (await dispatchIpc(handlers, channel, payload)) as { ok: boolean; message?: string }
      expect(result.ok, channel).toBe(false)
      expect(result.message, channel).toMatch(/ban-thao\.soantin|Báo cáo\.(docx|html)/)
      expect(result.message, channel).not.toContain(dir)
      expect(result.message, channel).not.toContain('/vong/')
      // Nor anywhere else in the answer (the message in both languages, `said`).
      expect(JSON.stringify(result), channel).not.toContain(dir)
      expect(JSON.stringify(result), channel).not.toContain('/vong/')
    }
  })

  it('scrubs the message in both languages, as the status bar keeps it', async () => {
    const secret = join(dir, 'bi-mat', 'cai-dat.json')
    const handlers = answeringIn(
      {
        getAppInfo: async () => ({
          ok: false,
          message: `Không đọc được '${secret}'.`,
          en: `Could not read '${secret}'.`,
        }),
      },
      () => 'en',
    ) as unknown as Handlers
    expect(await dispatchIpc(handlers, IPC.getAppInfo.channel)).toEqual({
      ok: false,
      message: "Could not read 'cai-dat.json'.",
      said: { vi: "Không đọc được 'cai-dat.json'.", en: "Could not read 'cai-dat.json'." },
    })
  })

  it('scrubs a handler that throws, too', async () => {
    const handlers = {
      getAppInfo: async () => {
        throw new Error(`Không đọc được '${join(dir, 'bi-mat', 'cai-dat.json')}'.`)
      },
    } as unknown as Handlers
    await expect(dispatchIpc(handlers, IPC.getAppInfo.channel)).rejects.toThrow(
      "Không đọc được 'cai-dat.json'.",
    )
  })

  it('says a system error a handler throws in Vietnamese, without its English text or path', async () => {
    const handlers = {
      getAppInfo: async () => {
        const error = new Error(`EACCES: permission denied, open '${join(dir, 'cai-dat.json')}'`)
        throw Object.assign(error, { code: 'EACCES' })
      },
    } as unknown as Handlers
    const thrown = await dispatchIpc(handlers, IPC.getAppInfo.channel).catch((e: unknown) => e)
    expect(thrown).toBeInstanceOf(Error)
    const message = (thrown as Error).message
    expect(message).not.toMatch(/permission|denied|open|cai-dat/)
    expect(message).toMatch(/quyền/)
  })

  it.each([
    ["stat '/home/an/Tài liệu/Báo cáo tuần.soantin'", "stat 'Báo cáo tuần.soantin'"],
    ['open "C:\\Users\\An\\Documents\\bao-cao.docx"', 'open "bao-cao.docx"'],
    ["open '\\\\may-chu\\chia-se\\x.html'", "open 'x.html'"],
    ['lỗi (EIO /media/usb/anh.png)', 'lỗi (EIO anh.png)'],
    ['chỉ nhận ảnh PNG/JPEG, ngày 19/9/2022, https://vi.wikipedia.org/wiki/X', 'same'],
  ])('scrubPaths(%j)', (message, expected) => {
    expect(scrubPaths(message)).toBe(expected === 'same' ? message : expected)
  })
})
