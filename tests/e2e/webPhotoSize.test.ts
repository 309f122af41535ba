import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeJpeg } from '@node/images/jpegCodec'
import { withExifOrientation } from '../fixtures/jpegImage'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/** A 3000 × 2000 photo as a phone stores it, on its side (EXIF orientation 6): upright, 2000 × 3000. */
async function phonePhoto(): Promise<Buffer> {
  const width = 3000
  const height = 2000
  const data = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) {
    const x = i % width
    data.set([60 + (x % 97), 90 + (Math.floor(i / width) % 61), 140, 255], i * 4)
  }
  return withExifOrientation(Buffer.from(await encodeJpeg({ width, height, data }, 88)), 6)
}

describe('photos on the web at the unit’s size', () => {
  let app: AppUnderTest
  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('exports a phone photo upright at the maximum width set in the settings dialog', async () => {
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.type('Quang cảnh hội nghị.')
    await caretAtEnd(app.page.locator('.st-editor p').first())
    const path = join(app.docsDir, 'dien-thoai.jpg')
    writeFileSync(path, await phonePhoto())
    await app.page.getByTestId('image-input').setInputFiles(path)
    // The editor shows the original, upright: 2000 wide, 3000 high.
    const shown = app.page.locator('.st-editor figure img').first()
    await expect
      .poll(() =>
        shown.evaluate((img) => [
          (img as HTMLImageElement).naturalWidth,
          (img as HTMLImageElement).naturalHeight,
        ]),
      )
      .toEqual([2000, 3000])

    await app.page.getByTestId('field-panel').getByRole('button', { name: 'Chủ đề năm và tác giả…' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Chủ đề năm và tác giả' })
    const width = dialog.getByLabel('Chiều rộng tối đa (điểm ảnh)')
    const quality = dialog.getByLabel('Chất lượng JPEG (40–100)')
    expect(await width.inputValue()).toBe('1600')
    expect(await quality.inputValue()).toBe('82')
    // Out of range: said in the dialog in Vietnamese (not the browser's bubble), nothing saved.
    await dialog.getByRole('button', { name: '+ Thêm năm' }).click()
    const year = dialog.getByRole('spinbutton', { name: 'Năm' }).last()
    await year.fill('1800')
    await dialog.getByRole('button', { name: 'Lưu cài đặt' }).click()
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('từ 1945 đến 2200 (đang là 1800)')
    await dialog.getByRole('button', { name: 'Xóa chủ đề năm 1800' }).click()
    await width.fill('100')
    await dialog.getByRole('button', { name: 'Lưu cài đặt' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('từ 320 đến 4096 điểm ảnh')
    await width.fill('1200')
    await quality.fill('70')
    await dialog.getByRole('button', { name: 'Lưu cài đặt' }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
    const settings = JSON.parse(readFileSync(join(app.userDataDir, 'settings.json'), 'utf8'))
    expect(settings.units[0].webPhotos).toEqual({ maxWidthPx: 1200, jpegQuality: 70 })

    await app.page.getByRole('button', { name: 'Xuất HTML' }).click()
    const exported = () => readdirSync(app.docsDir).filter((f) => f.endsWith('.html'))
    await expect.poll(exported, { timeout: 30_000 }).toHaveLength(1)
    const html = readFileSync(join(app.docsDir, exported()[0]!), 'utf8')
    expect(html).toMatch(/<img [^>]*width="1200" height="1800"/)
    const uri = /src="data:image\/jpeg;base64,([^"]+)"/.exec(html)?.[1] ?? ''
    const published = jpeg.decode(Buffer.from(uri, 'base64'), { useTArray: true })
    expect([published.width, published.height]).toEqual([1200, 1800])
    // Lighter than the stored photo by far, the draft still holding the original.
    expect(Buffer.from(uri, 'base64').length).toBeLessThan(readFileSync(path).length / 2)
  })
})
