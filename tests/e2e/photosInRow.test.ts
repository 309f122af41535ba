import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { photoPng } from '../fixtures/pngImage'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/** The decoded width of every photo in the editor, smallest first (0 for one not shown). */
async function shownWidths(app: AppUnderTest): Promise<number[]> {
  const widths = await app.page
    .locator('.st-editor figure img')
    .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth))
  return widths.sort((a, b) => a - b)
}

/**
 * Inserts the photo file `name` (a PNG `width` pixels wide) through "Chèn ảnh"'s file input, with the
 * caret at the end of the first paragraph, so no photo is ever replaced by the next.
 */
async function insertPhoto(app: AppUnderTest, name: string, width: number): Promise<void> {
  await caretAtEnd(app.page.locator('.st-editor p').first())
  const path = join(app.docsDir, name)
  writeFileSync(path, photoPng(width, 60, width))
  await app.page.getByTestId('image-input').setInputFiles(path)
}

describe('every photo inserted in a session shows at once', () => {
  let app: AppUnderTest | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('shows three photos inserted in a row, again after undo, and after saving and reopening', async () => {
    app = await launchApp()
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.type('Toàn cảnh hội nghị.')
    await insertPhoto(app, 'mot.png', 101)
    await expect.poll(() => shownWidths(app!)).toEqual([101])
    await insertPhoto(app, 'hai.png', 102)
    await expect.poll(() => shownWidths(app!)).toEqual([101, 102])
    await insertPhoto(app, 'ba.png', 103)
    await expect.poll(() => shownWidths(app!)).toEqual([101, 102, 103])

    // Undo the third, insert another: it shows too.
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => shownWidths(app!)).toEqual([101, 102])
    await insertPhoto(app, 'bon.png', 104)
    await expect.poll(() => shownWidths(app!)).toEqual([101, 102, 104])

    const path = join(app.docsDir, 'ba-anh.soantin')
    app.dialogs.saveQueue.push(path)
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => app!.page.title()).toBe('ba-anh.soantin — Soạn Tin')
    // Reopen the saved file: every photo shows, and one inserted after reopening too.
    app.dialogs.openQueue.push(path)
    await app.page.keyboard.press('Control+o')
    await expect.poll(() => shownWidths(app!)).toEqual([101, 102, 104])
    await insertPhoto(app, 'nam.png', 105)
    await expect.poll(() => shownWidths(app!)).toEqual([101, 102, 104, 105])
  })
})
