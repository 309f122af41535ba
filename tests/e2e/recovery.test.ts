import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RecoveryStore } from '@node/recoveryStore'
import { parseReportBytes, serializeReport, type Report } from '@shared/model'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'
import { draft as draftOf, p } from '../fixtures/builders'

const TYPED = 'Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần. Đồng chí Nguyễn Xuân Ký chủ trì.'

/** Counts backups written, to show they follow pauses in typing rather than keystrokes. */
class CountingStore extends RecoveryStore {
  writes = 0
  override write(...args: Parameters<RecoveryStore['write']>) {
    this.writes++
    return super.write(...args)
  }
}

function draft(text: string): Report {
  return draftOf({ id: 'r-e2e', title: 'Giao ban Thường trực Tỉnh ủy' }, p(text))
}

function bodyTextOf(path: string): string {
  const parsed = parseReportBytes(readFileSync(path))
  if (!parsed.ok) throw new Error(parsed.message)
  return JSON.stringify(parsed.report.body)
}

/** SIGKILLs the Chromium this harness instance started (found by its own profile folder). */
function killBrowser(app: AppUnderTest): void {
  const profile = join(dirname(app.docsDir), 'chromium-profile')
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline: string
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    } catch {
      continue
    }
    const args = cmdline.split('\0')
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) {
      process.kill(Number(pid), 'SIGKILL')
      return
    }
  }
  throw new Error('Chromium process of this test not found')
}

const backupsIn = (userData: string) => {
  try {
    return readdirSync(join(userData, 'recovery')).filter((n) => n.endsWith('.soantin-backup'))
  } catch {
    return []
  }
}

describe('autosave and crash recovery, end to end', () => {
  let scratch: string
  const apps: AppUnderTest[] = []
  const launch = async (userData: string, extra: Parameters<typeof launchApp>[0] = {}) => {
    const app = await launchApp({
      userDataDir: userData,
      ...extra,
      deps: { userDataDir: userData, ...extra.deps },
    })
    apps.push(app)
    return app
  }

  beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), 'soantin-'))))
  afterEach(async () => {
    while (apps.length) await apps.pop()?.close()
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }))

  it('types, is killed, starts again, offers the report, restores the exact text', async () => {
    const userData = mkdtempSync(join(scratch, 'userData-'))
    const store = new CountingStore(join(userData, 'recovery'))
    const first = await launch(userData, { deps: { recovery: store } })
    await first.page.locator('.st-editor').click()
    await first.page.keyboard.type(TYPED, { delay: 15 })
    // About 1 s after typing stops the backup is on disk, written once rather than per keystroke.
    await expect.poll(() => backupsIn(userData).length, { timeout: 5000 }).toBe(1)
    expect(store.writes).toBeLessThanOrEqual(2)
    expect(TYPED.length).toBeGreaterThan(80)

    killBrowser(first)
    await apps.pop()?.close()

    const second = await launch(userData)
    const dialog = second.page.getByRole('dialog', { name: 'Khôi phục báo cáo chưa lưu' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    const item = dialog.getByTestId('recoverable')
    expect(await item.count()).toBe(1)
    const described = await item.innerText()
    expect(described).toContain('Chưa đặt tên')
    expect(described).toContain('chưa lưu lần nào')
    expect(described).toMatch(/sao lưu lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)
    expect(described).toContain(`khoảng ${TYPED.length} ký tự thay đổi`)
    await dialog.getByRole('button', { name: 'Khôi phục "Chưa đặt tên"' }).click()
    await expect.poll(() => second.page.locator('.st-editor').innerText()).toBe(TYPED)
    await expect.poll(() => second.page.title()).toBe('● Chưa đặt tên — Soạn Tin')
    expect(await dialog.isVisible()).toBe(false)

    // Saving the restored report removes its backup; nothing is left to recover.
    await second.page.keyboard.press('Control+s')
    await expect.poll(() => second.page.title()).toBe('Báo cáo.soantin — Soạn Tin')
    expect(bodyTextOf(join(second.docsDir, 'Báo cáo.soantin'))).toContain(TYPED)
    await expect.poll(() => backupsIn(userData)).toEqual([])
  })

  it('a saved report edited and killed comes back tied to its file, and Save writes there', async () => {
    const userData = mkdtempSync(join(scratch, 'userData-'))
    const path = join(mkdtempSync(join(scratch, 'docs-')), 'Giao ban tuần.soantin')
    writeFileSync(path, serializeReport(draft('Nội dung đã lưu.')))
    const first = await launch(userData)
    first.dialogs.openQueue.push(path)
    await first.page.keyboard.press('Control+o')
    await expect.poll(() => first.page.title()).toBe('Giao ban tuần.soantin — Soạn Tin')
    await caretAtEnd(first.page.locator('.st-editor'))
    await first.page.keyboard.type(' Thêm một câu.')
    await expect.poll(() => backupsIn(userData).length, { timeout: 5000 }).toBe(1)
    killBrowser(first)
    await apps.pop()?.close()

    const second = await launch(userData)
    const dialog = second.page.getByRole('dialog', { name: 'Khôi phục báo cáo chưa lưu' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    const described = await dialog.getByTestId('recoverable').innerText()
    expect(described).toContain('Giao ban Thường trực Tỉnh ủy')
    expect(described).toContain('Giao ban tuần.soantin')
    expect(described).toContain(`khoảng ${' Thêm một câu.'.length} ký tự thay đổi`)
    await dialog.getByRole('button', { name: 'Khôi phục "Giao ban Thường trực Tỉnh ủy"' }).click()
    await expect.poll(() => second.page.title()).toBe('● Giao ban tuần.soantin — Soạn Tin')
    expect(bodyTextOf(path)).not.toContain('Thêm một câu.')
    await second.page.keyboard.press('Control+s')
    await expect.poll(() => bodyTextOf(path)).toContain('Nội dung đã lưu. Thêm một câu.')
    expect(second.dialogs.suggestedNames).toEqual([])
  })

  it('discarding a recoverable report removes its backup; "Để sau" keeps it for the next start', async () => {
    const userData = mkdtempSync(join(scratch, 'userData-'))
    const store = new RecoveryStore(join(userData, 'recovery'))
    await store.write('keep-me-later', draft('Giữ lại cho lần sau.'), null)
    await store.write('throw-me-away', draft('Bỏ đi.'), null)
    const app = await launch(userData)
    const dialog = app.page.getByRole('dialog', { name: 'Khôi phục báo cáo chưa lưu' })
    await expect.poll(() => dialog.getByTestId('recoverable').count()).toBe(2)
    await dialog.getByRole('button', { name: 'Bỏ "Giao ban Thường trực Tỉnh ủy"' }).first().click()
    await expect.poll(() => dialog.getByTestId('recoverable').count()).toBe(1)
    await dialog.getByRole('button', { name: 'Để sau' }).click()
    expect(await dialog.isVisible()).toBe(false)
    expect(backupsIn(userData)).toHaveLength(1)
  })
})

describe('unsaved changes: Lưu / Không lưu / Hủy', () => {
  let app: AppUnderTest
  let scratch: string
  const answers: boolean[] = []
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'soantin-'))
    const userData = join(scratch, 'userData')
    app = await launchApp({
      userDataDir: userData,
      deps: { userDataDir: userData, window: { answerClose: (proceed) => answers.push(proceed) } },
    })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(scratch, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 })
  })

  const question = () => app.page.getByRole('alertdialog', { name: 'Lưu thay đổi?' })
  const editorText = () => app.page.locator('.st-editor').innerText()

  it('Hủy keeps the report and opens nothing', async () => {
    const other = join(scratch, 'Khác.soantin')
    writeFileSync(other, serializeReport(draft('Một báo cáo khác.')))
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.type('Chưa lưu chữ nào.')
    app.dialogs.openQueue.push(other)
    await app.page.keyboard.press('Control+o')
    await expect.poll(() => question().isVisible()).toBe(true)
    const buttons = await question().getByRole('button').allInnerTexts()
    expect(buttons).toEqual(['Lưu', 'Không lưu', 'Hủy'])
    // The safe choice has the focus; Escape means Hủy.
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Lưu')
    await app.page.keyboard.press('Escape')
    await expect.poll(() => question().isVisible()).toBe(false)
    expect(await editorText()).toBe('Chưa lưu chữ nào.')
    expect(app.dialogs.openQueue).toEqual([other])
  })

  it('Không lưu opens the other report and drops the backup of this one', async () => {
    await expect.poll(() => backupsIn(join(scratch, 'userData')).length, { timeout: 5000 }).toBe(1)
    await app.page.keyboard.press('Control+o')
    await question().getByRole('button', { name: 'Không lưu' }).click()
    await expect.poll(editorText).toBe('Một báo cáo khác.')
    await expect.poll(() => backupsIn(join(scratch, 'userData'))).toEqual([])
  })

  it('Lưu saves first (through the save dialog), then goes on', async () => {
    await caretAtEnd(app.page.locator('.st-editor'))
    await app.page.keyboard.type(' Sửa thêm.')
    const elsewhere = join(scratch, 'Bản sửa.soantin')
    app.dialogs.saveQueue.push(elsewhere)
    const third = join(scratch, 'Thứ ba.soantin')
    writeFileSync(third, serializeReport(draft('Báo cáo thứ ba.')))
    app.dialogs.openQueue.push(third)
    // "Khác.soantin" is open: Lưu writes there, no save dialog needed.
    await app.page.keyboard.press('Control+o')
    await question().getByRole('button', { name: 'Lưu', exact: true }).click()
    await expect.poll(editorText).toBe('Báo cáo thứ ba.')
    expect(bodyTextOf(join(scratch, 'Khác.soantin'))).toContain('Một báo cáo khác. Sửa thêm.')
    expect(app.dialogs.saveQueue).toEqual([elsewhere])
    app.dialogs.saveQueue.length = 0
  })

  it('closing the window asks too: Hủy keeps it open, Không lưu lets it close', async () => {
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.type('Sắp đóng. ')
    await expect.poll(() => backupsIn(join(scratch, 'userData')).length, { timeout: 5000 }).toBe(1)
    await app.menu('closeRequest')
    await question().getByRole('button', { name: 'Hủy' }).click()
    await expect.poll(() => answers).toEqual([false])
    expect(backupsIn(join(scratch, 'userData'))).toHaveLength(1)
    await app.menu('closeRequest')
    await question().getByRole('button', { name: 'Không lưu' }).click()
    await expect.poll(() => answers).toEqual([false, true])
    // A clean close leaves nothing to recover.
    expect(backupsIn(join(scratch, 'userData'))).toEqual([])
  })

  it('a clean report closes without a question', async () => {
    // The harness has no window to close, so the edited report is still open: leave it without saving.
    app.dialogs.openQueue.push(join(scratch, 'Thứ ba.soantin'))
    await app.page.keyboard.press('Control+o')
    await question().getByRole('button', { name: 'Không lưu' }).click()
    await expect.poll(() => app.page.title()).toBe('Thứ ba.soantin — Soạn Tin')
    await app.menu('closeRequest')
    await expect.poll(() => answers).toEqual([false, true, true])
    expect(await question().count()).toBe(0)
  })

  it('a file changed by another program is not overwritten without asking', async () => {
    const path = join(scratch, 'Thứ ba.soantin')
    await caretAtEnd(app.page.locator('.st-editor'))
    await app.page.keyboard.type(' Của tôi.')
    const theirs = serializeReport(draft('Bản của đồng nghiệp.'))
    writeFileSync(path, theirs)
    await app.page.keyboard.press('Control+s')
    const conflict = app.page.getByRole('alertdialog', { name: 'Tệp đã bị thay đổi ở nơi khác' })
    await expect.poll(() => conflict.isVisible()).toBe(true)
    expect(await conflict.getByRole('button').allInnerTexts()).toEqual(['Lưu thành…', 'Ghi đè', 'Hủy'])
    await conflict.getByRole('button', { name: 'Hủy' }).click()
    expect(readFileSync(path, 'utf8')).toBe(theirs)
    await app.page.keyboard.press('Control+s')
    await conflict.getByRole('button', { name: 'Ghi đè' }).click()
    await expect.poll(() => bodyTextOf(path)).toContain('Báo cáo thứ ba. Của tôi.')
    await expect.poll(() => app.page.title()).toBe('Thứ ba.soantin — Soạn Tin')
  })
})

describe('start panel and files given from outside', () => {
  it('lists recent files on the next start and opens one by name; a bad one gets its message', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'soantin-'))
    const userData = join(scratch, 'userData')
    const good = join(scratch, 'Tuần trước.soantin')
    const bad = join(scratch, 'Hỏng.soantin')
    writeFileSync(good, serializeReport(draft('Báo cáo tuần trước.')))
    writeFileSync(bad, serializeReport(draft('Sẽ hỏng.')))
    let app = await launchApp({ userDataDir: userData, deps: { userDataDir: userData } })
    try {
      for (const path of [bad, good]) {
        app.dialogs.openQueue.push(path)
        await app.page.keyboard.press('Control+o')
        await expect.poll(() => app.page.title()).toContain(path.split('/').pop())
      }
      await app.close()
      writeFileSync(bad, '{"format": "soantin-report", "version": 1, "fie')

      app = await launchApp({ userDataDir: userData, deps: { userDataDir: userData } })
      const panel = app.page.getByRole('region', { name: 'Bắt đầu' })
      await expect.poll(() => panel.isVisible()).toBe(true)
      const names = await panel.getByRole('list', { name: 'Tệp gần đây' }).getByRole('button').allInnerTexts()
      expect(names.map((n) => n.split('\n')[0])).toEqual(['Tuần trước.soantin', 'Hỏng.soantin'])
      await panel.getByRole('button', { name: /^Hỏng\.soantin/ }).click()
      await expect
        .poll(() => app.page.getByRole('alert').innerText())
        .toBe(
          'Không mở được "Hỏng.soantin": Tệp bị cắt cụt (thiếu phần cuối): có thể lần ghi trước bị gián đoạn hoặc tệp chép chưa xong.',
        )
      await panel.getByRole('button', { name: /^Tuần trước\.soantin/ }).click()
      await expect.poll(() => app.page.locator('.st-editor').innerText()).toBe('Báo cáo tuần trước.')
      expect(await panel.count()).toBe(0)
    } finally {
      await app.close()
      rmSync(scratch, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 })
    }
  })
})
