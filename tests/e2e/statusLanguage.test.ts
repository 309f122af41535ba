import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

describe('status messages follow a language switch', () => {
  let app: AppUnderTest
  const language = () => app.page.locator('.st-lang select')
  const message = () => app.page.locator('.st-status .st-msg')

  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('re-translates a refused photo error on each switch', async () => {
    const notImage = join(app.docsDir, 'ghi-chu.png')
    writeFileSync(notImage, 'đây là văn bản, không phải ảnh')
    await app.page.getByTestId('image-input').setInputFiles(notImage)
    const alert = app.page.getByRole('alert')
    await expect
      .poll(() => alert.innerText())
      .toBe('Không chèn được ảnh "ghi-chu.png": chỉ nhận ảnh PNG, JPEG, GIF hoặc WebP.')

    await language().selectOption('en')
    await expect
      .poll(() => alert.innerText())
      .toBe('Could not insert "ghi-chu.png": only PNG, JPEG, GIF or WebP images are accepted.')

    await language().selectOption('vi')
    await expect
      .poll(() => alert.innerText())
      .toBe('Không chèn được ảnh "ghi-chu.png": chỉ nhận ảnh PNG, JPEG, GIF hoặc WebP.')
  })

  it('re-translates the saved note', async () => {
    await caretAtEnd(app.page.locator('.st-editor > p:not(.st-fieldview)').first())
    await app.page.keyboard.type('Hội nghị giao ban tuần.')
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => app.page.title()).toBe('Báo cáo.soantin — Soạn Tin')
    await expect.poll(() => message().innerText()).toBe('Đã lưu Báo cáo.soantin')
    expect(await message().getAttribute('role')).toBe('status')

    await language().selectOption('en')
    await expect.poll(() => message().innerText()).toBe('Saved Báo cáo.soantin')

    await language().selectOption('vi')
    await expect.poll(() => message().innerText()).toBe('Đã lưu Báo cáo.soantin')
  })

  it('shows main’s failures in English in the English interface', async () => {
    const broken = join(app.docsDir, 'Hỏng.soantin')
    writeFileSync(broken, '{"format": "soantin-report", oops}')
    await language().selectOption('en')
    app.dialogs.openQueue.push(broken)
    await app.page.keyboard.press('Control+o')
    await expect
      .poll(() => app.page.getByRole('alert').innerText())
      .toBe(
        'Could not open "Hỏng.soantin": The file is not in Soạn Tin\'s JSON format (syntax error at line 1, column 30).',
      )
    // The message on screen follows the switch: main sent it in both languages.
    await language().selectOption('vi')
    await expect
      .poll(() => app.page.getByRole('alert').innerText())
      .toBe(
        'Không mở được "Hỏng.soantin": Tệp không đúng định dạng JSON của Soạn Tin (lỗi cú pháp ở dòng 1, cột 30).',
      )
    await language().selectOption('en')
    await expect.poll(() => app.page.getByRole('alert').innerText()).toMatch(/^Could not open "Hỏng.soantin"/)

    await language().selectOption('vi')
    app.dialogs.openQueue.push(broken)
    await app.page.keyboard.press('Control+o')
    await expect
      .poll(() => app.page.getByRole('alert').innerText())
      .toBe(
        'Không mở được "Hỏng.soantin": Tệp không đúng định dạng JSON của Soạn Tin (lỗi cú pháp ở dòng 1, cột 30).',
      )
  })
})
