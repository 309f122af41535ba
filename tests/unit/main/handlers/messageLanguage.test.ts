import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, type Handlers } from '@main/handlers/createHandlers'
import type { DialogPort, ExportFormat } from '@main/handlers/ports'
import { dispatchIpc } from '@main/ipc/dispatch'
import { IPC } from '@shared/ipc/contract'
import { serializeReport } from '@shared/model'
import { draft, figure, link, p, t, table, td, tr } from '../../../fixtures/builders'

// Letters only Vietnamese writes: an English message has none outside the names it quotes.
const VIETNAMESE = /[ăâđêôơưàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i
const unquoted = (message: string) => message.replace(/"[^"]*"/g, '')

class Dialogs implements DialogPort {
  open: string[] = []
  save: string[] = []
  exports: string[] = []
  async chooseDraftToOpen() {
    return this.open.shift() ?? null
  }
  async chooseDraftSavePath() {
    return this.save.shift() ?? null
  }
  async chooseExportPath(_format: ExportFormat) {
    return this.exports.shift() ?? null
  }
}

describe('failures in the interface language', () => {
  let dir: string
  let dialogs: Dialogs
  let handlers: Handlers

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-lang-'))
    dialogs = new Dialogs()
    handlers = createHandlers({
      appInfo: { name: 'Soạn Tin', version: 'test', platform: 'linux', locale: 'en' },
      dialogs,
      shell: { openExternal: async () => undefined },
      userDataDir: join(dir, 'userData'),
    })
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const call = (name: keyof typeof IPC, payload?: unknown) =>
    dispatchIpc(handlers, IPC[name].channel, payload) as Promise<{ ok: boolean; message?: string }>

  async function openMessage(file: string): Promise<string> {
    dialogs.open.push(file)
    const result = (await call('openDraft')) as {
      ok: boolean
      message?: string
      said?: { vi: string; en: string }
    }
    expect(result.ok).toBe(false)
    expect(result).not.toHaveProperty('en')
    // Both languages as well, for a message the window keeps on screen across a switch.
    expect([result.said?.vi, result.said?.en]).toContain(result.message)
    expect(result.said?.vi).not.toBe(result.said?.en)
    return result.message ?? ''
  }

  it('says why a draft does not open in English, then in Vietnamese again after a switch back', async () => {
    const notJson = join(dir, 'Hỏng.soantin')
    writeFileSync(notJson, '{"format": "soantin-report", oops}')
    await call('setUiLanguage', { language: 'en' })
    expect(await openMessage(notJson)).toBe(
      `Could not open "Hỏng.soantin": The file is not in Soạn Tin's JSON format (syntax error at line 1, column 30).`,
    )
    await call('setUiLanguage', { language: 'vi' })
    expect(await openMessage(notJson)).toBe(
      'Không mở được "Hỏng.soantin": Tệp không đúng định dạng JSON của Soạn Tin (lỗi cú pháp ở dòng 1, cột 30).',
    )
  })

  it('names each kind of unopenable file in English, with no Vietnamese outside the quoted names', async () => {
    await call('setUiLanguage', { language: 'en' })
    const word = join(dir, 'Báo cáo.soantin')
    writeFileSync(word, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))
    const cut = join(dir, 'Cắt.soantin')
    writeFileSync(cut, Buffer.concat([Buffer.from('{"title": "Ch'), Buffer.from('ủ', 'utf8').subarray(0, 2)]))
    const folder = join(dir, 'Thư mục.soantin')
    mkdirSync(folder)
    const newer = join(dir, 'Mới.soantin')
    writeFileSync(newer, JSON.stringify({ format: 'soantin-report', version: 999 }))
    const messages = {
      word: await openMessage(word),
      cut: await openMessage(cut),
      folder: await openMessage(folder),
      gone: await openMessage(join(dir, 'Không có.soantin')),
      newer: await openMessage(newer),
    }
    expect(messages.word).toBe(
      'Could not open "Báo cáo.soantin": This is a ZIP archive (perhaps a Word .docx, an Excel .xlsx or a .zip file), not a Soạn Tin draft (.soantin).',
    )
    expect(messages.cut).toBe(
      'Could not open "Cắt.soantin": The file is cut off inside a letter at its end (byte 14): perhaps the last save was interrupted or the copy did not finish.',
    )
    expect(messages.folder).toBe('Could not open "Thư mục.soantin": this is a folder, not a file.')
    expect(messages.gone).toBe(
      'Could not open "Không có.soantin": the file was not found (deleted, renamed or moved).',
    )
    expect(messages.newer).toMatch(
      /^Could not open "Mới\.soantin": The file was made by a newer Soạn Tin \(format 999;/,
    )
    for (const message of Object.values(messages))
      expect(unquoted(message).replaceAll('Soạn Tin', '')).not.toMatch(VIETNAMESE)
  })

  it('says a save to a read-only file failed in English', async () => {
    await call('setUiLanguage', { language: 'en' })
    const target = join(dir, 'Chỉ đọc.soantin')
    writeFileSync(target, serializeReport(draft({ id: 'a' }, p('Cũ'))))
    chmodSync(target, 0o444)
    dialogs.save.push(target)
    const saved = await call('saveDraft', { docToken: null, report: draft({ id: 'a' }, p('Mới')) })
    expect(saved).toEqual({
      ok: false,
      message:
        '"Chỉ đọc.soantin" is set read-only, so it is not overwritten. The previous file is unchanged. Use "Save As…" to save it as another file, or clear the file\'s read-only attribute and save again.',
      said: {
        vi: expect.stringMatching(/^Tệp "Chỉ đọc.soantin" đang đặt chế độ chỉ đọc/),
        en: expect.any(String),
      },
    })
  })

  it('refuses a table over budget in English, the worker’s English carried across', async () => {
    await call('setUiLanguage', { language: 'en' })
    const wide = tr(...Array.from({ length: 70 }, (_, i) => td(String(i))))
    dialogs.exports.push(join(dir, 'rộng.docx'))
    const docx = await call('exportDocx', { report: draft({ id: 'w' }, p('Bảng:'), table(wide)) })
    expect(docx).toEqual({
      ok: false,
      message: "Table 1 has 70 columns; at most 63 (Word's limit). Nothing was written.",
      said: {
        vi: expect.stringMatching(/^Bảng 1 có 70 cột/),
        en: "Table 1 has 70 columns; at most 63 (Word's limit). Nothing was written.",
      },
    })
    await call('setUiLanguage', { language: 'vi' })
    dialogs.exports.push(join(dir, 'rộng.html'))
    const html = await call('exportHtml', {
      report: draft({ id: 'w' }, p('Bảng:'), table(wide)),
      form: 'page',
      separateImages: false,
    })
    expect(html.message).toBe('Không xuất được HTML: Bảng 1 có 70 cột; tối đa 63 cột (giới hạn của Word).')
  })

  it('gives an export’s warnings in the interface language', async () => {
    const report = draft(
      { id: 'w' },
      p('Xem ', t('tại đây', link('javascript:alert(1)'))),
      figure('', 'Ảnh', 'Hội nghị'),
    )
    await call('setUiLanguage', { language: 'en' })
    dialogs.exports.push(join(dir, 'canh-bao.docx'))
    expect(await call('exportDocx', { report })).toMatchObject({
      ok: true,
      warnings: [
        'Dropped an unsafe or invalid link ("javascript:alert(1)"); the link\'s words are kept.',
        'Photo 1 has no data in the draft (no photo chosen); the DOCX has an error box in its place. Insert the photo again.',
      ],
    })
    await call('setUiLanguage', { language: 'vi' })
    dialogs.exports.push(join(dir, 'canh-bao.html'))
    const html = await call('exportHtml', { report, form: 'page', separateImages: false })
    expect(html).toMatchObject({
      ok: true,
      warnings: [
        'Đã bỏ một liên kết không an toàn hoặc không hợp lệ ("javascript:alert(1)"); chữ của liên kết vẫn giữ nguyên.',
        'Ảnh thứ 1 không còn trong bản thảo: trang web hiện ô giữ chỗ thay cho ảnh.',
      ],
    })
    expect(html).not.toHaveProperty('warningsEn')
  })

  it('says what is wrong with a template in the gallery in the interface language', async () => {
    const userTemplates = join(dir, 'userData', 'templates')
    mkdirSync(userTemplates, { recursive: true })
    writeFileSync(join(userTemplates, 'hong.json'), '{"id": "x",')
    const list = () => call('listTemplates') as Promise<{ ok: boolean; problems: string[] }>
    await call('setUiLanguage', { language: 'en' })
    const english = await list()
    expect(english.problems).toEqual([
      'Template "hong.json" (your template): not valid JSON (syntax error at line 1, column 12)',
    ])
    expect(english).not.toHaveProperty('problemsEn')
    await call('setUiLanguage', { language: 'vi' })
    expect((await list()).problems).toEqual([
      'Mẫu "hong.json" (mẫu của người dùng): không phải JSON hợp lệ (lỗi cú pháp ở dòng 1, cột 12)',
    ])
  })

  it('refuses malformed data from the window in its language, before any handler runs', async () => {
    const deep = (levels: number): unknown => (levels === 0 ? 'x' : [deep(levels - 1)])
    const refusals = async () => [
      (await call('openDraft', { unexpected: true })).message,
      (await call('exportDocx', { report: { title: 42 } })).message,
      (await call('exportDocx', { report: deep(1200) })).message,
    ]
    const vietnamese = await refusals()
    expect(vietnamese[0]).toBe('Dữ liệu gửi từ giao diện không hợp lệ (lệnh này không nhận dữ liệu).')
    expect(vietnamese[1]).toMatch(/^Dữ liệu gửi từ giao diện không hợp lệ \(report\./)
    expect(vietnamese[2]).toMatch(/^Dữ liệu gửi từ giao diện không hợp lệ\. Nội dung lồng nhau quá sâu/)
    await call('setUiLanguage', { language: 'en' })
    const english = await refusals()
    expect(english[0]).toBe('The window sent invalid data (this command takes none).')
    expect(english[1]).toMatch(/^The window sent invalid data \(report\.[a-z.]+: .+\)\.$/)
    expect(english[2]).toBe(
      'The window sent invalid data. The content is nested too deeply (too many levels of lists in lists) to be handled.',
    )
    for (const message of english) expect(message).not.toMatch(VIETNAMESE)
  })
})
