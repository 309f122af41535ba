import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createHandlers } from '@main/handlers/createHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { exportHtml } from '@shared/export/html/exportHtml'
import { IPC, type Failure } from '@shared/ipc/contract'
import { defaultSettings } from '@shared/settings/settings'
import { parseArticle, textNodes } from '../../shared/export/html/htmlTree'
import { block, figure, p, pa, report, withPhoto } from '../../../fixtures/builders'
import { ExportDialogs } from '../../../helpers/exportDialogs'

const root = mkdtempSync(join(tmpdir(), 'soantin-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function setup(answer: (defaultName: string) => string | null) {
  const dir = mkdtempSync(join(root, 'case-'))
  const dialogs = new ExportDialogs((name) => {
    const chosen = answer(name)
    return chosen === null ? null : join(dir, chosen)
  })
  const copied: Array<{ html: string; text: string }> = []
  const opened: string[] = []
  const shown: string[] = []
  const handlers = createHandlers({
    appInfo: { name: 'Soạn Tin', version: 'test', platform: 'linux', locale: 'vi' },
    dialogs,
    shell: {
      openExternal: async () => undefined,
      openPath: async (path) => void opened.push(path),
      showItemInFolder: (path) => void shown.push(path),
    },
    userDataDir: join(dir, 'userData'),
    clipboard: {
      writeHtml: (html, text) => void copied.push({ html, text }),
      read: () => copied.at(-1) ?? { html: '', text: '' },
    },
  })
  const call = (channel: string, payload: unknown) => dispatchIpc(handlers, channel, payload)
  return { dir, dialogs, copied, opened, shown, handlers, call }
}

function photoReport() {
  const r = report(
    block('reportTitle'),
    pa({ role: 'lead' }, 'Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần.'),
    figure('a', 'Ảnh', 'Chú thích ảnh'),
    p('Thân bài <có> & "ký hiệu".'),
    block('byline'),
  )
  withPhoto(r, 'a', 'Toàn cảnh.png')
  return JSON.parse(JSON.stringify(r)) as typeof r
}

describe('exportHtml through the IPC contract', () => {
  it('asks main for a path with a Vietnamese default name and writes the page there', async () => {
    const { dir, dialogs, call } = setup((name) => name)
    const r = photoReport()
    const result = await call(IPC.exportHtml.channel, { report: r, form: 'page', separateImages: false })
    expect(dialogs.asked).toEqual([['html', '2022-09-19 Giao ban Thường trực Tỉnh ủy.html']])
    expect(result).toMatchObject({
      ok: true,
      fileName: '2022-09-19 Giao ban Thường trực Tỉnh ủy.html',
      imageCount: 0,
      warnings: [],
    })
    expect(readFileSync(join(dir, '2022-09-19 Giao ban Thường trực Tỉnh ủy.html'), 'utf8')).toBe(
      exportHtml(r).html,
    )
  })

  it('writes images into an ASCII folder beside the page when asked, and adds .html when missing', async () => {
    const { dir, call } = setup(() => 'Trang web')
    const result = await call(IPC.exportHtml.channel, {
      report: photoReport(),
      form: 'page',
      separateImages: true,
    })
    expect(result).toMatchObject({ ok: true, fileName: 'Trang web.html', imageCount: 1 })
    expect(readdirSync(join(dir, 'trang-web-anh'))).toEqual(['01-toan-canh.png'])
    expect(readFileSync(join(dir, 'Trang web.html'), 'utf8')).toContain(
      'src="trang-web-anh/01-toan-canh.png"',
    )
  })

  it('writes the CMS fragment when asked for it', async () => {
    const { dir, call } = setup(() => 'manh.html')
    await call(IPC.exportHtml.channel, { report: photoReport(), form: 'fragment', separateImages: false })
    expect(
      readFileSync(join(dir, 'manh.html'), 'utf8').startsWith('<article class="st-report" lang="vi">'),
    ).toBe(true)
  })

  it('uses the unit print layout from settings for the page CSS', async () => {
    const { dir, call, handlers } = setup(() => 'in.html')
    const settings = defaultSettings()
    const unit = settings.units[0]
    if (unit) unit.printLayout = { ...unit.printLayout, marginLeftMm: 25, bodySizePt: 13 }
    expect(await handlers.saveSettings({ settings })).toMatchObject({ ok: true })
    await call(IPC.exportHtml.channel, { report: photoReport(), form: 'page', separateImages: false })
    const html = readFileSync(join(dir, 'in.html'), 'utf8')
    expect(html).toContain('margin: 20mm 15mm 20mm 25mm')
    expect(html).toContain('font-size: 13pt')
  })

  it('opens the exported page or its folder through its token, never a path from the renderer', async () => {
    const { dir, call, opened, shown } = setup(() => 'Trang mở.html')
    const result = (await call(IPC.exportHtml.channel, {
      report: photoReport(),
      form: 'page',
      separateImages: true,
    })) as { ok: true; exportToken: string }
    expect(result.exportToken).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(JSON.stringify(result)).not.toContain(dir)
    const page = join(dir, 'Trang mở.html')
    expect(await call(IPC.openExport.channel, { exportToken: result.exportToken, target: 'file' })).toEqual({
      ok: true,
    })
    expect(await call(IPC.openExport.channel, { exportToken: result.exportToken, target: 'folder' })).toEqual(
      { ok: true },
    )
    expect(opened).toEqual([page])
    expect(shown).toEqual([page])

    const forged = (await call(IPC.openExport.channel, { exportToken: page, target: 'file' })) as Failure
    expect(forged.ok).toBe(false)
    expect(forged.message).toContain('Dữ liệu gửi từ giao diện không hợp lệ')
    const unknown = (await call(IPC.openExport.channel, {
      exportToken: 'khong-co-token-nay',
      target: 'folder',
    })) as Failure
    expect(unknown).toEqual({
      ok: false,
      message: 'Không còn thông tin về tệp đã xuất; hãy xuất lại.',
      said: { vi: 'Không còn thông tin về tệp đã xuất; hãy xuất lại.', en: expect.any(String) },
    })

    rmSync(page)
    const gone = (await call(IPC.openExport.channel, {
      exportToken: result.exportToken,
      target: 'file',
    })) as Failure
    expect(gone.message).toBe('Không tìm thấy "Trang mở.html": tệp đã bị xóa hoặc di chuyển.')
    expect(opened).toHaveLength(1)
  })

  it('gives a token for a CMS fragment too', async () => {
    const { dir, call, opened } = setup(() => 'manh-cms.html')
    const result = (await call(IPC.exportHtml.channel, {
      report: photoReport(),
      form: 'fragment',
      separateImages: false,
    })) as { ok: true; exportToken: string }
    await call(IPC.openExport.channel, { exportToken: result.exportToken, target: 'file' })
    expect(opened).toEqual([join(dir, 'manh-cms.html')])
  })

  it('answers canceled when the officer closes the dialog, and writes nothing', async () => {
    const { dir, call } = setup(() => null)
    const result = await call(IPC.exportHtml.channel, {
      report: photoReport(),
      form: 'page',
      separateImages: true,
    })
    expect(result).toEqual({ ok: false, canceled: true })
    expect(readdirSync(dir).filter((f) => f !== 'userData')).toEqual([])
  })

  it('reports a write failure in Vietnamese', async () => {
    const { call } = setup(() => join('khong-co', 'x.html'))
    const result = (await call(IPC.exportHtml.channel, {
      report: photoReport(),
      form: 'page',
      separateImages: false,
    })) as { ok: boolean; message: string }
    expect(result.ok).toBe(false)
    expect(result.message).toContain('x.html')
  })

  it('refuses a payload that does not match the contract, before any dialog', async () => {
    const { dialogs, call } = setup((name) => name)
    const result = (await call(IPC.exportHtml.channel, {
      report: photoReport(),
      form: 'pdf',
      separateImages: false,
    })) as {
      ok: boolean
      message: string
    }
    expect(result.ok).toBe(false)
    expect(result.message).toContain('Dữ liệu gửi từ giao diện không hợp lệ')
    expect(dialogs.asked).toEqual([])
    const noReport = (await call(IPC.exportHtml.channel, { form: 'page', separateImages: false })) as {
      ok: boolean
    }
    expect(noReport.ok).toBe(false)
  })
})

describe('copyForWeb', () => {
  it('puts the fragment as HTML and the paragraphs as plain text on the clipboard', async () => {
    const { copied, call } = setup(() => null)
    const r = photoReport()
    const result = await call(IPC.copyForWeb.channel, { report: r })
    expect(result).toEqual({ ok: true, warnings: [] })
    expect(copied).toHaveLength(1)
    expect(copied[0]?.html).toBe(exportHtml(r, { form: 'fragment' }).html)
    expect(copied[0]?.text).toBe(
      [
        'Giao ban Thường trực Tỉnh ủy',
        'Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần.',
        'Chú thích ảnh',
        'Thân bài <có> & "ký hiệu".',
        'Thu Hiền (Trung tâm TT-VH)',
      ].join('\n\n'),
    )
    expect(textNodes(parseArticle(copied[0]?.html ?? '')).join('')).toContain('Thân bài <có> & "ký hiệu".')
  })

  it('says so when there is no clipboard', async () => {
    const handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: 'linux', locale: 'vi' },
      dialogs: new ExportDialogs(() => null),
      shell: { openExternal: async () => undefined },
      userDataDir: join(root, 'no-clipboard'),
    })
    const result = await handlers.copyForWeb({ report: photoReport() })
    expect(result).toEqual({
      ok: false,
      message: 'Không truy cập được bộ nhớ tạm của hệ thống.',
      said: { vi: 'Không truy cập được bộ nhớ tạm của hệ thống.', en: expect.any(String) },
    })
    expect(await handlers.readClipboard()).toEqual({
      ok: false,
      message: 'Không truy cập được bộ nhớ tạm của hệ thống.',
      said: {
        vi: 'Không truy cập được bộ nhớ tạm của hệ thống.',
        en: "Could not reach the system's clipboard.",
      },
    })
    expect(existsSync(join(root, 'no-clipboard', 'settings.json'))).toBe(false)
  })
})

describe('readClipboard, for "Dán" in the right-click menu', () => {
  it('gives the renderer what a paste would insert, HTML and plain text', async () => {
    const { call } = setup(() => null)
    const r = photoReport()
    await call(IPC.copyForWeb.channel, { report: r })
    const read = await call(IPC.readClipboard.channel, undefined)
    expect(read).toMatchObject({ ok: true, html: exportHtml(r, { form: 'fragment' }).html })
    expect((read as { text: string }).text).toContain('Thân bài <có> & "ký hiệu".')
  })

  it('says in Vietnamese when the system clipboard cannot be read', async () => {
    const handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: 'linux', locale: 'vi' },
      dialogs: new ExportDialogs(() => null),
      shell: { openExternal: async () => undefined },
      userDataDir: join(root, 'locked-clipboard'),
      clipboard: {
        writeHtml: () => undefined,
        read: () => Promise.reject(new Error('clipboard locked')),
      },
    })
    const read = await handlers.readClipboard()
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toMatch(/^Không đọc được bộ nhớ tạm/)
  })
})
