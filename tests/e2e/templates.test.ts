import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { parseReportBytes } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import { reportParagraphs } from '@shared/plainText/reportText'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const ROOT = resolve(__dirname, '../..')
const TEMPLATES_DIR = join(ROOT, 'templates')
const DOCS = join(ROOT, 'docs')

const THEME_2022 = 'Chủ đề công tác năm 2022: "Đoàn kết, kỷ cương, đổi mới, phát triển"'
const LEAD_CHAIR = 'Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh'
const DAM_HA =
  'Tại điểm cầu huyện Đầm Hà, đồng chí Đỗ Thị Ninh Hường – TUV, Bí thư Huyện ủy chủ trì cuộc họp.'
const TIEN_YEN = 'Tại điểm cầu huyện Tiên Yên, đồng chí Hoàng Văn Bình, Bí thư Huyện ủy chủ trì cuộc họp.'

function readDraft(path: string): Report {
  const parsed = parseReportBytes(readFileSync(path))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.report
}

describe('templates and structured fields, end to end', () => {
  let app: AppUnderTest
  let userDataDir: string
  const nativeDialogs: string[] = []
  const question = () => app.page.getByRole('alertdialog', { name: 'Lưu thay đổi?' })
  const panel = () => app.page.getByTestId('field-panel')
  const editor = () => app.page.locator('.st-editor')
  const bridgeSentences = () => editor().locator('.st-bridge-point').allInnerTexts()
  const point = (n: number): Locator =>
    panel()
      .getByTestId('bridge-point')
      .nth(n - 1)

  beforeAll(async () => {
    // The harness keeps its own user data folder; the handlers get this one, so a restart can reuse it.
    userDataDir = mkdtempSync(join(tmpdir(), 'soantin-'))
    app = await launchApp({ userDataDir, deps: { templatesDir: TEMPLATES_DIR, userDataDir } })
    // Every question is the app's own Lưu / Không lưu / Hủy dialog: a native confirm or alert would land here.
    app.page.on('dialog', (dialog) => {
      nativeDialogs.push(dialog.message())
      void dialog.dismiss()
    })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(userDataDir, { recursive: true, force: true })
  })

  it('creates a report from the Thường trực Tỉnh ủy template in the gallery', async () => {
    await app.page.getByRole('button', { name: 'Mới', exact: true }).click()
    const gallery = app.page.getByRole('dialog', { name: 'Tạo báo cáo từ mẫu' })
    await gallery.waitFor()
    await expect.poll(() => gallery.locator('.st-card').count()).toBe(8)
    await gallery.getByLabel('Ngày họp').fill('2022-09-19')
    await app.page.screenshot({ path: join(DOCS, 'gallery.png') })
    await gallery.getByRole('button', { name: 'Tạo báo cáo từ mẫu "Giao ban Thường trực Tỉnh ủy"' }).click()
    await gallery.waitFor({ state: 'hidden' })
    expect(await editor().locator('h1.st-title').innerText()).toBe('Giao ban Thường trực Tỉnh ủy')
    expect(await editor().locator('[data-field="dateLead"]').innerText()).toBe('Ngày 19/9')
    expect(await bridgeSentences()).toEqual(['Cuộc họp được kết nối tới điểm cầu huyện Đầm Hà.'])
  })

  it('picks the annual theme kept in settings for the meeting year', async () => {
    expect(await editor().locator('.st-theme').getAttribute('aria-label')).toBe('Chủ đề năm: chưa điền')
    await panel().getByRole('button', { name: 'Chủ đề năm và tác giả…' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Chủ đề năm và tác giả' })
    await dialog.getByRole('button', { name: '+ Thêm năm' }).click()
    await dialog.getByLabel('Năm', { exact: true }).fill('2022')
    await dialog.getByLabel('Chủ đề năm 2022', { exact: true }).fill(THEME_2022)
    await dialog.getByRole('button', { name: 'Lưu cài đặt' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => editor().locator('.st-theme').innerText()).toBe(THEME_2022)
    expect(await panel().getByTestId('theme-text').innerText()).toBe(THEME_2022)
    // A meeting in another year has no theme in settings, until the officer writes one for this report.
    await panel()
      .getByLabel(/Ngày họp/)
      .fill('2023-01-02')
    await expect.poll(() => editor().locator('.st-theme').innerText()).toBe('')
    await panel()
      .getByLabel(/Ngày họp/)
      .fill('2022-09-19')
    await expect.poll(() => editor().locator('.st-theme').innerText()).toBe(THEME_2022)
  })

  it('warns in the panel when the report’s own theme names another year than the meeting’s', async () => {
    const warning = panel().getByRole('note')
    expect(await warning.count()).toBe(0)
    await panel().getByLabel('Sửa riêng cho báo cáo này').check()
    const own = panel().getByRole('textbox', { name: 'Chủ đề năm' })
    await own.fill(THEME_2022.replace('2022', '2021'))
    await expect.poll(() => warning.innerText()).toBe('Chủ đề ghi năm khác với năm họp.')
    await own.fill(THEME_2022)
    await expect.poll(() => warning.count()).toBe(0)
    // Back to the theme settings keep for 2022.
    await panel().getByLabel('Sửa riêng cho báo cáo này').uncheck()
    await expect.poll(() => panel().getByTestId('theme-text').innerText()).toBe(THEME_2022)
    await expect.poll(() => editor().locator('.st-theme').innerText()).toBe(THEME_2022)
  })

  it('fills the chair and two bridge points in the panel and sees them in the document', async () => {
    const chair = panel().getByRole('group', { name: /Người chủ trì \(điểm cầu chính\)/ })
    await chair.getByLabel('Họ và tên').fill('Nguyễn Xuân Ký')
    await chair
      .getByLabel('Chức vụ (cách nhau bởi dấu phẩy)')
      .fill('Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh')
    const first = point(1)
    await first.getByLabel('Họ và tên').fill('Đỗ Thị Ninh Hường')
    await first.getByLabel('Chức vụ (cách nhau bởi dấu phẩy)').fill('TUV, Bí thư Huyện ủy')
    await first.getByLabel('Ngăn cách tên và chức vụ').selectOption('endash')

    // The second bridge point is added from the keyboard.
    await panel().getByRole('button', { name: 'Thêm điểm cầu' }).focus()
    await app.page.keyboard.press('Enter')
    await expect.poll(() => panel().getByTestId('bridge-point').count()).toBe(2)
    expect(await app.page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^st-bp-.*-place$/)
    await app.page.keyboard.type('huyện Tiên Yên')
    await point(2).getByLabel('Họ và tên').fill('Hoàng Văn Bình')
    await point(2).getByLabel('Chức vụ (cách nhau bởi dấu phẩy)').fill('Bí thư Huyện ủy')

    await panel().getByLabel('Tác giả', { exact: true }).fill('Thu Hiền')
    // Polled: fields scrolled out of view follow the panel once typing pauses.
    await expect.poll(() => editor().locator('[data-field="chair"]').innerText()).toBe(LEAD_CHAIR)
    expect(await editor().locator('[data-field="chair"]').getAttribute('aria-label')).toBe(
      `Người chủ trì: ${LEAD_CHAIR}`,
    )
    await expect.poll(bridgeSentences).toEqual([DAM_HA, TIEN_YEN])
    await expect.poll(() => editor().locator('.st-byline').innerText()).toBe('Thu Hiền (Trung tâm TT-VH)')
    await expect.poll(() => app.page.title()).toMatch(/^● /)
  })

  it('changes every place a field appears when it is edited once', async () => {
    const body = panel().getByLabel(/Cơ quan chủ trì/)
    await body.fill('Ban Thường vụ Tỉnh ủy')
    const places = editor().locator('[data-field="presidingBody"]')
    expect(await places.count()).toBe(3)
    const shown = async () => [...new Set(await places.allInnerTexts())]
    await expect.poll(shown).toEqual(['Ban Thường vụ Tỉnh ủy'])
    await body.fill('Thường trực Tỉnh ủy')
    await expect.poll(shown).toEqual(['Thường trực Tỉnh ủy'])
  })

  it('reaches a field of the body with the arrow keys and opens it in the panel with Enter', async () => {
    const chairField = editor().locator('[data-field="chair"]')
    await chairField.click()
    // Arrow keys leave the field and select it again as one unit: it is reachable without a mouse.
    await app.page.keyboard.press('ArrowRight')
    await expect.poll(() => chairField.getAttribute('class')).not.toContain('ProseMirror-selectednode')
    await app.page.keyboard.press('ArrowLeft')
    await expect.poll(() => chairField.getAttribute('class')).toContain('ProseMirror-selectednode')
    await app.page.keyboard.press('Enter')
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('st-in-chair')
  })

  it('reorders bridge points with keyboard-operated buttons, focus following the moved point', async () => {
    await point(2).getByRole('button', { name: 'Đưa điểm cầu 2 lên' }).focus()
    await app.page.keyboard.press('Enter')
    await expect.poll(bridgeSentences).toEqual([TIEN_YEN, DAM_HA])
    expect(await point(1).getByLabel('Nơi đặt điểm cầu').inputValue()).toBe('huyện Tiên Yên')
    // Point 1 cannot go higher, so focus lands on its other arrow, ready to move it back.
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Đưa điểm cầu 1 xuống',
    )
    expect(await panel().getByRole('status').innerText()).toBe(
      'Đã chuyển điểm cầu huyện Tiên Yên sang vị trí 1.',
    )
  })

  it('prints a bridge point’s note inside its sentence, before the full stop', async () => {
    const note = point(1).getByLabel(/^Câu in thêm/)
    await note.fill('cùng 11 điểm cầu cấp xã')
    await expect
      .poll(bridgeSentences)
      .toEqual([TIEN_YEN.replace(/\.$/, ', cùng 11 điểm cầu cấp xã.'), DAM_HA])
    await note.fill('')
    await expect.poll(bridgeSentences).toEqual([TIEN_YEN, DAM_HA])
  })

  it('writes free text around the fields and saves everything', async () => {
    await caretAtEnd(editor().locator('p', { hasText: 'Tuy nhiên' }))
    await app.page.keyboard.type(' Một số dự án còn chậm.')
    await panel().evaluate((el) => el.scrollTo(0, 0))
    await app.page.screenshot({ path: join(DOCS, 'panel.png') })
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => app.page.title()).not.toMatch(/^● /)
    const files = readdirSync(app.docsDir)
    expect(files).toEqual(['2022-09-19 Giao ban Thường trực Tỉnh ủy.soantin'])
    const saved = readDraft(join(app.docsDir, files[0]!))
    const lines = reportParagraphs(saved)
    expect(lines[0]).toBe(THEME_2022)
    expect(lines[2]).toMatch(/^Ngày 19\/9, Thường trực Tỉnh ủy họp giao ban tuần/)
    expect(lines[2]).toContain(`Đồng chí ${LEAD_CHAIR} chủ trì.`)
    expect(lines.slice(3, 5)).toEqual([TIEN_YEN, DAM_HA])
    expect(lines.some((l) => l.endsWith('Một số dự án còn chậm.'))).toBe(true)
    expect(saved.fields.bridgePoints.map((p) => p.place)).toEqual(['huyện Tiên Yên', 'huyện Đầm Hà'])
  })

  it('asks Lưu / Không lưu / Hủy before the gallery replaces a dirty report, and Hủy keeps it', async () => {
    await caretAtEnd(editor().locator('p', { hasText: 'Tuy nhiên' }))
    await app.page.keyboard.type(' Chưa lưu.')
    await expect.poll(() => app.page.title()).toMatch(/^● /)
    await app.page.getByRole('button', { name: 'Mới', exact: true }).click()
    const gallery = app.page.getByRole('dialog', { name: 'Tạo báo cáo từ mẫu' })
    const blank = gallery.getByRole('button', { name: 'Tạo báo cáo từ mẫu "Báo cáo trống"' })
    await blank.click()
    await expect.poll(() => question().isVisible()).toBe(true)
    expect(await question().getByRole('button').allInnerTexts()).toEqual(['Lưu', 'Không lưu', 'Hủy'])
    await question().getByRole('button', { name: 'Hủy' }).click()
    await expect.poll(() => question().count()).toBe(0)
    // Nothing was replaced: the typed words, the fields and the unsaved mark are all still there.
    expect(await editor().innerText()).toContain('Chưa lưu.')
    expect(await editor().innerText()).toContain('Một số dự án còn chậm.')
    expect(await bridgeSentences()).toEqual([TIEN_YEN, DAM_HA])
    expect(await app.page.title()).toMatch(/^● 2022-09-19 Giao ban Thường trực Tỉnh ủy\.soantin/)
    // The gallery stays open for another choice; Không lưu then lets the template replace the report.
    await blank.click()
    await question().getByRole('button', { name: 'Không lưu' }).click()
    await gallery.waitFor({ state: 'hidden' })
    await expect.poll(() => editor().locator('.st-bridge-point').count()).toBe(0)
    expect(await editor().innerText()).not.toContain('Chưa lưu.')
    expect(await app.page.title()).toMatch(/^Chưa đặt tên/)
    expect(nativeDialogs).toEqual([])
  })

  it('reopens the saved report with its fields, order and text', async () => {
    await app.page.getByRole('button', { name: 'Mới', exact: true }).click()
    await app.page
      .getByRole('dialog', { name: 'Tạo báo cáo từ mẫu' })
      .getByRole('button', { name: 'Tạo báo cáo từ mẫu "Báo cáo trống"' })
      .click()
    await expect.poll(() => editor().locator('.st-bridge-point').count()).toBe(0)
    app.dialogs.openQueue.push(join(app.docsDir, '2022-09-19 Giao ban Thường trực Tỉnh ủy.soantin'))
    await app.page.keyboard.press('Control+o')
    await expect.poll(bridgeSentences).toEqual([TIEN_YEN, DAM_HA])
    expect(await editor().innerText()).toContain('Một số dự án còn chậm.')
    expect(await point(1).getByLabel('Nơi đặt điểm cầu').inputValue()).toBe('huyện Tiên Yên')
    expect(
      await panel()
        .getByLabel(/Ngày họp/)
        .inputValue(),
    ).toBe('2022-09-19')
  })

  it('makes next week’s report: same people and bridge points, date a week later, last week’s text gone', async () => {
    // Unsaved words first: the next report replaces this one, so the same question comes before it.
    await caretAtEnd(editor().locator('p', { hasText: 'Tuy nhiên' }))
    await app.page.keyboard.type(' Sửa nữa.')
    await app.page.getByRole('button', { name: 'Báo cáo kỳ tiếp theo' }).click()
    await question().getByRole('button', { name: 'Hủy' }).click()
    expect(await editor().innerText()).toContain('Sửa nữa.')
    expect(
      await panel()
        .getByLabel(/Ngày họp/)
        .inputValue(),
    ).toBe('2022-09-19')
    // This week's headline after the recurring title: the next report keeps only the recurring part.
    await panel()
      .getByLabel(/^Tiêu đề/)
      .fill('Giao ban Thường trực Tỉnh ủy: Tháo gỡ khó khăn cho doanh nghiệp')
    await app.page.locator('.st-main').evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await app.page.getByRole('button', { name: 'Báo cáo kỳ tiếp theo' }).click()
    await question().getByRole('button', { name: 'Không lưu' }).click()
    await expect
      .poll(() =>
        panel()
          .getByLabel(/Ngày họp/)
          .inputValue(),
      )
      .toBe('2022-09-26')
    expect(await editor().locator('[data-field="dateLead"]').innerText()).toBe('Ngày 26/9')
    expect(await editor().locator('[data-field="chair"]').innerText()).toBe(LEAD_CHAIR)
    expect(await bridgeSentences()).toEqual([TIEN_YEN, DAM_HA])
    expect(await editor().innerText()).not.toContain('Một số dự án còn chậm.')
    expect(await app.page.title()).toMatch(/Chưa đặt tên/)
    expect(await editor().innerText()).not.toContain('Sửa nữa.')
    expect(await editor().locator('h1.st-title').innerText()).toBe('Giao ban Thường trực Tỉnh ủy')
    // Opened at the top, the caret in the first paragraph of free text: typing writes the week's text
    // there, with no click, and touches no field.
    expect(await app.page.locator('.st-main').evaluate((el) => el.scrollTop)).toBe(0)
    await app.page.keyboard.type('Tuần này bàn về đầu tư.')
    const typed = editor().locator('p', { hasText: 'Tuần này bàn về đầu tư.' })
    expect(await typed.locator('[data-field]').count()).toBe(0)
    // At the start of the template's first body paragraph, before its guide text.
    expect(await typed.innerText()).toMatch(/^Tuần này bàn về đầu tư\.Sau … triển khai/)
    expect(await editor().locator('[data-field="chair"]').innerText()).toBe(LEAD_CHAIR)
  })

  it('suggests people used before, found without tones and picked from the keyboard', async () => {
    await panel().getByRole('button', { name: 'Thêm điểm cầu' }).click()
    const name = point(3).getByLabel('Họ và tên')
    await name.fill('huong')
    const options = point(3).getByRole('listbox').getByRole('option')
    await expect.poll(() => options.allInnerTexts()).toEqual(['Đỗ Thị Ninh Hường\nTUV, Bí thư Huyện ủy'])
    await name.press('Enter')
    expect(await name.inputValue()).toBe('Đỗ Thị Ninh Hường')
    expect(await point(3).getByLabel('Chức vụ (cách nhau bởi dấu phẩy)').inputValue()).toBe(
      'TUV, Bí thư Huyện ủy',
    )
  })

  it('saves the report as a template that is listed after a restart', async () => {
    await app.page.getByRole('button', { name: 'Lưu làm mẫu' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Lưu báo cáo hiện tại làm mẫu' })
    await dialog.getByLabel('Tên mẫu').fill('Giao ban Tỉnh ủy – ba điểm cầu')
    await dialog.getByRole('button', { name: 'Lưu mẫu' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(readdirSync(join(userDataDir, 'templates'))).toEqual(['giao-ban-tinh-uy-ba-diem-cau.json'])
    // Saved first, so the restarted app has no unsaved work to offer back and opens straight away.
    await app.page.keyboard.press('Control+s')
    await expect
      .poll(() => app.page.title())
      .toBe('2022-09-26 Giao ban Thường trực Tỉnh ủy.soantin — Soạn Tin')

    const restarted = await launchApp({ userDataDir, deps: { templatesDir: TEMPLATES_DIR, userDataDir } })
    try {
      await restarted.page.getByRole('button', { name: 'Mới', exact: true }).click()
      const card = restarted.page.getByRole('button', {
        name: 'Tạo báo cáo từ mẫu "Giao ban Tỉnh ủy – ba điểm cầu"',
      })
      await card.click()
      await expect.poll(() => restarted.page.locator('.st-editor .st-bridge-point').count()).toBe(3)
    } finally {
      await restarted.close()
    }
  })
})
