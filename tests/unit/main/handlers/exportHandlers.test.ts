import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '@main/handlers/createHandlers'
import { createExportHandlers } from '@main/handlers/exportHandlers'
import { dispatchIpc } from '@main/ipc/dispatch'
import { SettingsStore } from '@node/settingsStore'
import { IPC } from '@shared/ipc/contract'
import { defaultSettings } from '@shared/settings/settings'
import { ExportDialogs } from '../../../helpers/exportDialogs'
import { RecordingShell } from '../../../helpers/recordingShell'
import { brokenImages, twoBridgePoints } from '../../../fixtures/goldenCases'
import { partText, unzipDocx } from '../../shared/export/docx/docxPackage'

const setup = (answer: (dir: string) => string | null) => {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
  const path = answer(dir)
  const dialogs = new ExportDialogs(() => path)
  const shell = new RecordingShell()
  return { dir, dialogs, shell, handlers: createExportHandlers({ dialogs, shell }) }
}

describe('exportDocx and openExport handlers', () => {
  it('suggests a name from the meeting date and title, writes the file, and returns no path', async () => {
    const { dir, dialogs, handlers } = setup((d) => join(d, 'Báo cáo tuần'))
    const result = await handlers.exportDocx({ report: twoBridgePoints() })
    expect(dialogs.asked).toEqual([['docx', '2022-09-19 Giao ban Thường trực Tỉnh ủy.docx']])
    expect(result).toMatchObject({ ok: true, fileName: 'Báo cáo tuần.docx', warnings: [] })
    expect(JSON.stringify(result)).not.toContain(dir)
    const xml = partText(unzipDocx(readFileSync(join(dir, 'Báo cáo tuần.docx'))), 'word/document.xml')
    expect(xml).toContain('Tại điểm cầu huyện Đầm Hà')
  })

  it('passes the export’s warnings on, in Vietnamese', async () => {
    const { handlers } = setup((d) => join(d, 'anh.docx'))
    const result = await handlers.exportDocx({ report: brokenImages() })
    expect(result.ok && result.warnings).toHaveLength(4)
    expect(result.ok && result.warnings[0]).toMatch(/^Ảnh thứ 1 \("bi-cat.png"\) bị hỏng/)
  })

  it('does nothing when the officer cancels the dialog', async () => {
    const { dir, handlers } = setup(() => null)
    expect(await handlers.exportDocx({ report: twoBridgePoints() })).toEqual({ ok: false, canceled: true })
    expect(readdirSync(dir)).toEqual([])
  })

  it('answers a write failure with the Vietnamese message and leaves the old file', async () => {
    const { dir, handlers } = setup((d) => join(d, 'cu.docx'))
    writeFileSync(join(dir, 'cu.docx'), 'bản cũ', { mode: 0o444 })
    const result = await handlers.exportDocx({ report: twoBridgePoints() })
    expect(result).toMatchObject({ ok: false })
    expect(!result.ok && !result.canceled && result.message).toMatch(/chỉ đọc/)
    expect(readFileSync(join(dir, 'cu.docx'), 'utf8')).toBe('bản cũ')
  })

  it('opens the exported file or its folder through the token only', async () => {
    const { dir, shell, handlers } = setup((d) => join(d, 'mo.docx'))
    const result = await handlers.exportDocx({ report: twoBridgePoints() })
    if (!result.ok) throw new Error('export failed')
    expect(await handlers.openExport({ exportToken: result.exportToken, target: 'file' })).toEqual({
      ok: true,
    })
    expect(await handlers.openExport({ exportToken: result.exportToken, target: 'folder' })).toEqual({
      ok: true,
    })
    expect(shell.opened).toEqual([join(dir, 'mo.docx')])
    expect(shell.shown).toEqual([join(dir, 'mo.docx')])

    shell.failOpen = 'không có ứng dụng nào mở được tệp .docx'
    expect(await handlers.openExport({ exportToken: result.exportToken, target: 'file' })).toMatchObject({
      ok: false,
      message: 'Không mở được tệp "mo.docx" (không có ứng dụng nào mở được tệp .docx).',
    })
    rmSync(join(dir, 'mo.docx'))
    expect(await handlers.openExport({ exportToken: result.exportToken, target: 'folder' })).toMatchObject({
      ok: false,
      message: 'Không tìm thấy "mo.docx": tệp đã bị xóa hoặc di chuyển.',
    })
    expect(await handlers.openExport({ exportToken: 'khong-phai-token', target: 'file' })).toMatchObject({
      ok: false,
    })
    expect(shell.opened).toHaveLength(1)
  })

  it('goes through the contract: payloads are validated, the unit’s print layout is used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    const userDataDir = join(dir, 'userData')
    const settings = defaultSettings()
    settings.units[0]!.printLayout.marginLeftMm = 25
    await new SettingsStore(userDataDir).save(settings)
    const dialogs = new ExportDialogs(() => join(dir, 'ipc.docx'))
    const handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: 'linux', locale: 'vi' },
      dialogs,
      shell: new RecordingShell(),
      userDataDir,
    })
    const bad = await dispatchIpc(handlers, IPC.openExport.channel, {
      exportToken: '../../etc',
      target: 'file',
    })
    expect(bad).toMatchObject({ ok: false })
    expect((bad as { message: string }).message).toMatch(/^Dữ liệu gửi từ giao diện không hợp lệ/)
    const noReport = await dispatchIpc(handlers, IPC.exportDocx.channel, { report: { title: 'x' } })
    expect(noReport).toMatchObject({ ok: false })
    expect(dialogs.asked).toEqual([])
    const ok = await dispatchIpc(handlers, IPC.exportDocx.channel, { report: twoBridgePoints() })
    expect(ok).toMatchObject({ ok: true, fileName: 'ipc.docx' })
    const xml = partText(unzipDocx(readFileSync(join(dir, 'ipc.docx'))), 'word/document.xml')
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1417"/)
  })
})
