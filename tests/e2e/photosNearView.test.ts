import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeReport } from '@shared/model/parseReport'
import * as b from '../fixtures/builders'
import { photoPng } from '../fixtures/pngImage'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const PHOTOS = 30

/** Thirty photos, each `100 + i` pixels wide so its decoded width names it, between runs of text. */
function manyPhotos() {
  const blocks: ReturnType<typeof b.p>[] = []
  const r = b.report()
  for (let i = 0; i < PHOTOS; i++) {
    for (let k = 0; k < 6; k++) blocks.push(b.p(`Đoạn ${i}.${k}: các đại biểu thảo luận và cho ý kiến.`))
    const id = `anh-${i}`
    r.assets[id] = {
      ...b.asset('image/png', photoPng(100 + i, 60, i + 1), `anh-${i}.png`),
      width: 100 + i,
      height: 60,
    }
    blocks.push(b.figure(id, `Ảnh ${i}`, `Chú thích ảnh ${i}`))
  }
  r.body = b.doc(...blocks)
  return r
}

describe('photos are decoded as they come near the view', () => {
  let app: AppUnderTest
  const photo = (i: number) => app.page.locator('.st-editor figure img').nth(i)
  const width = (i: number) => photo(i).evaluate((img: HTMLImageElement) => img.naturalWidth)

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1366, height: 768 } })
    const path = join(app.docsDir, 'nhieu-anh.soantin')
    writeFileSync(path, serializeReport(manyPhotos()))
    app.dialogs.openQueue.push(path)
    await app.page.keyboard.press('Control+o')
    await app.page.waitForFunction(() => document.title === 'nhieu-anh.soantin — Soạn Tin', undefined, {
      timeout: 30_000,
    })
  }, 60_000)
  afterAll(async () => {
    await app?.close()
  })

  it('shows the photos in view at once and leaves the far ones undecoded until scrolled to', async () => {
    await expect.poll(() => width(0)).toBe(100)
    await expect.poll(() => width(1)).toBe(101)
    // Far below the view: no image loaded yet.
    expect(await photo(PHOTOS - 1).getAttribute('src')).toBeNull()
    const decoded = await app.page
      .locator('.st-editor figure img')
      .evaluateAll((imgs) => imgs.filter((img) => (img as HTMLImageElement).naturalWidth > 0).length)
    expect(decoded).toBeLessThan(PHOTOS / 2)

    await photo(PHOTOS - 1).scrollIntoViewIfNeeded()
    await expect.poll(() => width(PHOTOS - 1)).toBe(100 + PHOTOS - 1)
    const box = await photo(PHOTOS - 1).boundingBox()
    expect(box?.width ?? 0).toBeGreaterThan(0)
    expect(box?.height ?? 0).toBeGreaterThan(0)
  })

  it('keeps a shown photo shown through delete and undo, without a blank frame', async () => {
    await photo(PHOTOS - 1).click()
    await app.page.keyboard.press('Delete')
    await expect.poll(() => app.page.locator('.st-editor figure img').count()).toBe(PHOTOS - 1)
    // The undo rebuilds the photo view: its image must be set in the same task, not a frame later.
    const src = await app.page.evaluate(() => {
      const editor = document.querySelector('.st-editor')!
      editor.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true }),
      )
      const imgs = editor.querySelectorAll('figure img')
      return imgs.length + ' ' + imgs[imgs.length - 1]?.getAttribute('src')
    })
    expect(src).toMatch(new RegExp(`^${PHOTOS} blob:`))
    await expect.poll(() => width(PHOTOS - 1)).toBe(100 + PHOTOS - 1)
  })
})
