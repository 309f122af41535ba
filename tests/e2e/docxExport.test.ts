import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportFormat } from '@main/handlers/ports'
import { FakeDialogs } from './harness/fakeDialogs'
import { launchApp, type AppUnderTest } from './harness/launchApp'
import { partText, unzipDocx } from '../unit/shared/export/docx/docxPackage'
import { RecordingShell } from '../helpers/recordingShell'

const SEED = join(__dirname, '../../examples/giao-ban-thuong-truc-tinh-uy.soantin')
const EXPORTED = '2022-09-19 Giao ban Thường trực Tỉnh ủy.docx'

/** The harness's dialogs plus the export save dialog, which can be held open to watch the progress. */
class ExportDialogs extends FakeDialogs {
  readonly asked: string[] = []
  answer: 'default' | null = 'default'
  hold: Promise<void> = Promise.resolve()

  constructor(private readonly folder: string) {
    super(folder)
  }

  override async chooseExportPath(format: ExportFormat, defaultFileName: string): Promise<string | null> {
    this.asked.push(`${format}: ${defaultFileName}`)
    await this.hold
    return this.answer ? join(this.folder, defaultFileName) : null
  }
}

describe('Xuất DOCX in the app', () => {
  let app: AppUnderTest
  let dialogs: ExportDialogs
  let shell: RecordingShell
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    dialogs = new ExportDialogs(dir)
    shell = new RecordingShell()
    app = await launchApp({ deps: { dialogs, shell } })
    const draft = join(dir, 'giao-ban.soantin')
    copyFileSync(SEED, draft)
    dialogs.openQueue.push(draft)
    await app.page.keyboard.press('Control+o')
    await app.page.locator('.st-editor').getByText('Sau gần 2 năm triển khai').waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows progress, writes the file under a name from the meeting date and title, and opens it', async () => {
    let release = () => {}
    dialogs.hold = new Promise((resolve) => (release = resolve))
    await app.page.getByRole('button', { name: 'Xuất DOCX' }).click()
    await expect.poll(() => app.page.getByTestId('docx-export').innerText()).toContain('Đang xuất DOCX…')
    expect(await app.page.locator('progress.st-export-progress').count()).toBe(1)
    release()
    await expect
      .poll(() => app.page.getByTestId('docx-export').innerText())
      .toContain(`Đã xuất "${EXPORTED}".`)
    expect(dialogs.asked).toEqual([`docx: ${EXPORTED}`])
    const xml = partText(unzipDocx(readFileSync(join(dir, EXPORTED))), 'word/document.xml')
    expect(xml).toContain('Sau gần 2 năm triển khai theo tinh thần Nghị quyết số 01-NQ/TU')
    expect(xml).toContain('<w:drawing>')

    await app.page.getByTestId('docx-export').getByRole('button', { name: 'Mở tệp' }).click()
    await app.page.getByTestId('docx-export').getByRole('button', { name: 'Mở thư mục' }).click()
    await expect.poll(() => shell.shown.length).toBe(1)
    expect(shell.opened).toEqual([join(dir, EXPORTED)])
    expect(shell.shown).toEqual([join(dir, EXPORTED)])
  })

  it('converts a GIF photo to PNG for Word instead of dropping it', async () => {
    // The smallest GIF there is: one white pixel.
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64')
    const file = join(dir, 'mot-diem.gif')
    writeFileSync(file, gif)
    await app.page.locator('.st-editor').getByText('Sau gần 2 năm triển khai').click()
    await app.page.getByTestId('image-input').setInputFiles(file)
    await expect.poll(() => app.page.locator('.st-editor figure').count()).toBe(2)
    await app.page.getByTestId('docx-export').getByRole('button', { name: 'Đóng' }).click()
    rmSync(join(dir, EXPORTED))
    await app.page.getByRole('button', { name: 'Xuất DOCX' }).click()
    await expect.poll(() => app.page.getByTestId('docx-export').innerText()).toContain('Đã xuất')
    expect(await app.page.getByTestId('docx-export').innerText()).not.toContain('Cần lưu ý')
    const parts = unzipDocx(readFileSync(join(dir, EXPORTED)))
    const media = [...parts].filter(([name]) => name.startsWith('word/media/'))
    expect(media.map(([name]) => name.slice(-4)).sort()).toEqual(['.png', '.png'])
    expect(media.some(([, data]) => data.readUInt32BE(16) === 1 && data.readUInt32BE(20) === 1)).toBe(true)
  })

  it('does nothing when the dialog is cancelled, from the menu command too', async () => {
    await app.page.getByTestId('docx-export').getByRole('button', { name: 'Đóng' }).click()
    expect(dialogs.asked).toHaveLength(2)
    const before = readdirSync(dir).sort()
    dialogs.answer = null
    await app.menu('exportDocx')
    await expect.poll(() => dialogs.asked.length).toBe(3)
    await expect.poll(() => app.page.getByTestId('docx-export').count()).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(before)
  })

  it('says in Vietnamese why it could not write, and keeps the old file', async () => {
    dialogs.answer = 'default'
    const target = join(dir, EXPORTED)
    const old = readFileSync(target)
    chmodSync(target, 0o444)
    await app.page.getByRole('button', { name: 'Xuất DOCX' }).click()
    await expect
      .poll(() => app.page.getByTestId('docx-export').getByRole('alert').innerText())
      .toContain('chỉ đọc')
    expect(readFileSync(target).equals(old)).toBe(true)
  })
})
