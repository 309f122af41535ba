import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caretAtBlockEnd } from './harness/caretAtBlockEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const SEED = join(__dirname, '../../examples/giao-ban-thuong-truc-tinh-uy.soantin')
const DOCX = '2022-09-19 Giao ban Thường trực Tỉnh ủy.docx'

/** The app with a copy of the seed example open, as Ctrl+O leaves it. */
async function appWithSeed(): Promise<AppUnderTest> {
  const app = await launchApp()
  const draft = join(app.docsDir, 'giao-ban.soantin')
  copyFileSync(SEED, draft)
  app.dialogs.openQueue.push(draft)
  await app.page.keyboard.press('Control+o')
  await app.page.locator('.st-editor').getByText('Sau gần 2 năm triển khai').waitFor()
  return app
}

describe('Kiểm tra trước khi xuất bản, in the app', () => {
  let app: AppUnderTest
  const editor = () => app.page.locator('.st-editor')
  const panel = () => app.page.getByTestId('field-panel')
  const checkList = () => app.page.getByRole('complementary', { name: 'Kiểm tra trước khi xuất bản' })
  const rules = () =>
    checkList()
      .locator('.st-prepub-item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-rule')))
  const item = (rule: string) => checkList().locator(`.st-prepub-item[data-rule="${rule}"]`)
  const selected = () => app.page.evaluate(() => window.getSelection()?.toString() ?? '')
  const caption = () => editor().locator('figure figcaption').first().innerText()

  beforeAll(async () => {
    app = await appWithSeed()
  }, 60_000)
  afterAll(async () => {
    await app?.close()
  })

  it('finds the seed report’s real slips, from the status bar, and nothing else', async () => {
    const button = app.page.getByTestId('check-button')
    await expect.poll(() => button.innerText()).toBe('Kiểm tra: 1 lỗi, 2 cảnh báo')
    await button.click()
    await checkList().waitFor()
    expect(await rules()).toEqual(['theme-year', 'photo-print-size', 'office-capitalisation'])
    expect(await item('theme-year').innerText()).toContain(
      'Chủ đề năm ghi năm 2020, còn cuộc họp diễn ra năm 2022',
    )
    // The list is a layer of its own: the panel's controls stay where they are, in their order.
    const override = await app.page
      .getByTestId('field-panel')
      .getByLabel('Sửa riêng cho báo cáo này')
      .boundingBox()
    const title = await app.page
      .getByTestId('field-panel')
      .getByLabel(/^Tiêu đề/)
      .boundingBox()
    expect(override!.y).toBeLessThan(title!.y)
  })

  it('shows where a finding is: words in the body selected, a field’s box focused', async () => {
    await item('office-capitalisation').locator('.st-prepub-go').click()
    expect(await selected()).toBe('huyện ủy')
    await item('theme-year').locator('.st-prepub-go').click()
    expect(
      await app.page.evaluate(() => document.activeElement?.closest('[data-testid="field-panel"]') !== null),
    ).toBe(true)
  })

  it('fixes a slip in one click, and one Ctrl+Z brings it back', async () => {
    await item('office-capitalisation').getByRole('button', { name: 'Sửa thành “Huyện ủy”' }).click()
    await expect.poll(caption).toContain('Bí thư Huyện ủy chủ trì')
    await expect.poll(rules).toEqual(['theme-year', 'photo-print-size'])
    await editor().click()
    await app.page.keyboard.press('Control+z')
    await expect.poll(caption).toContain('Bí thư huyện ủy chủ trì')
    await expect.poll(rules).toContain('office-capitalisation')
  })

  it('runs as the officer types', async () => {
    const last = editor().locator('p').filter({ hasText: 'Cùng ngày' })
    await caretAtBlockEnd(last)
    await app.page.keyboard.type(' Tổng thu đạt 1,234.5 tỷ,  tăng 11.9%.')
    await expect
      .poll(rules)
      .toEqual(expect.arrayContaining(['english-number', 'english-number', 'double-space']))
    await item('double-space').getByRole('button', { name: 'Để một dấu cách' }).click()
    await expect.poll(() => last.innerText()).toContain('1,234.5 tỷ, tăng')
    for (const n of ['1.234,5', '11,9']) {
      await checkList()
        .getByRole('button', { name: `Sửa thành ${n}` })
        .click()
      await expect.poll(() => last.innerText()).toContain(n)
    }
    expect(await rules()).toEqual(['theme-year', 'photo-print-size', 'office-capitalisation'])
  })

  it('warns when exporting and still exports', async () => {
    await checkList().getByRole('button', { name: 'Đóng bảng kiểm tra' }).click()
    await checkList().waitFor({ state: 'hidden' })
    await app.page.getByRole('button', { name: 'Xuất DOCX' }).click()
    await expect.poll(() => app.page.getByTestId('docx-export').innerText()).toContain(`Đã xuất "${DOCX}".`)
    expect(existsSync(join(app.docsDir, DOCX))).toBe(true)
    expect(await app.page.locator('.st-status .st-msg').innerText()).toContain('Bài còn 1 lỗi, 2 cảnh báo')
    await checkList().waitFor()
  })

  it('also opens from the menu, and clears as slips are mended', async () => {
    await checkList().getByRole('button', { name: 'Đóng bảng kiểm tra' }).click()
    await app.menu('prepublicationCheck')
    await checkList().waitFor()
    await panel().getByLabel('Sửa riêng cho báo cáo này').check()
    const own = panel().getByRole('textbox', { name: 'Chủ đề năm' })
    await own.fill((await own.inputValue()).replace('năm 2020', 'năm 2022'))
    await expect.poll(rules).toEqual(['photo-print-size', 'office-capitalisation'])
    await expect
      .poll(() => app.page.getByTestId('check-button').innerText())
      .toBe('Kiểm tra: 0 lỗi, 2 cảnh báo')
  })
})

describe('tone-mark style, per unit', () => {
  let app: AppUnderTest
  const editor = () => app.page.locator('.st-editor')
  const panel = () => app.page.getByTestId('field-panel')
  const title = () => panel().getByLabel(/^Tiêu đề/)

  beforeAll(async () => {
    app = await appWithSeed()
  }, 60_000)
  afterAll(async () => {
    await app?.close()
  })

  it('flags a word in the other style, and places every mark in the unit’s style from the menu', async () => {
    const last = editor().locator('p').filter({ hasText: 'Cùng ngày' })
    await caretAtBlockEnd(last)
    await app.page.keyboard.type(' Hoà giải ở cơ sở.')
    await app.page.getByTestId('check-button').click()
    const list = app.page.getByRole('complementary', { name: 'Kiểm tra trước khi xuất bản' })
    await expect.poll(() => list.locator('[data-rule="mixed-tone-style"]').count()).toBe(1)
    await app.menu('applyToneStyle')
    await expect.poll(() => last.innerText()).toContain('Hòa giải ở cơ sở.')
    expect(await app.page.locator('.st-status .st-msg').innerText()).toContain('ở 1 từ')
    await expect.poll(() => list.locator('[data-rule="mixed-tone-style"]').count()).toBe(0)
  })

  it('converts body and fields to the new style in one undo step', async () => {
    await panel().getByRole('button', { name: 'Chủ đề năm và tác giả…' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Chủ đề năm và tác giả' })
    await dialog.getByLabel('Kiểu đặt dấu thanh').selectOption('new')
    await dialog.getByRole('button', { name: 'Lưu cài đặt' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await app.menu('applyToneStyle')
    await expect.poll(() => title().inputValue()).toBe('Giao ban Thường trực Tỉnh uỷ')
    await expect.poll(() => editor().innerText()).toContain('Uỷ viên Trung ương Đảng')
    expect(await editor().innerText()).toContain('Hoà giải ở cơ sở.')
    expect(await editor().innerText()).not.toContain('Tỉnh ủy')
    await editor().click()
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => title().inputValue()).toBe('Giao ban Thường trực Tỉnh ủy')
    await expect.poll(() => editor().innerText()).not.toContain('Tỉnh uỷ')
    expect(await editor().innerText()).toContain('Hòa giải ở cơ sở.')
  })
})
