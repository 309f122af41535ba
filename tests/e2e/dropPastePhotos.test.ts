import { afterEach, describe, expect, it } from 'vitest'
import { photoPng } from '../fixtures/pngImage'
import { caretAtEnd } from './harness/caretAtEnd'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/** A file to hand the page: its bytes travel as numbers, the page builds the `File`. */
interface PageFile {
  name: string
  type: string
  bytes: number[]
}

function pngFile(name: string, width: number): PageFile {
  return { name, type: 'image/png', bytes: [...photoPng(width, 40, width)] }
}

/** The decoded width of every photo in the editor, in document order (0 for one not shown). */
async function shownWidths(app: AppUnderTest): Promise<number[]> {
  return app.page
    .locator('.st-editor figure img')
    .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth))
}

/** What the body holds, block by block: a paragraph's text, or `[ảnh W]` for a photo W pixels wide. */
async function blocks(app: AppUnderTest): Promise<string[]> {
  return app.page.locator('.st-editor > *').evaluateAll((nodes) =>
    nodes.map((node) => {
      const img = node.querySelector('figure img, img')
      if (node.tagName === 'FIGURE' || img)
        return `[ảnh ${(img as HTMLImageElement | null)?.naturalWidth ?? 0}]`
      return (node.textContent ?? '').trim()
    }),
  )
}

/** Drops `files` on the middle of the paragraph whose text is `onText`, as a file manager does. */
async function dropFiles(app: AppUnderTest, onText: string, files: PageFile[]): Promise<void> {
  const box = await app.page.locator('.st-editor p', { hasText: onText }).first().boundingBox()
  if (!box) throw new Error(`no paragraph "${onText}"`)
  // The lower half of the line: the photo goes after that paragraph.
  const point = { x: box.x + box.width / 4, y: box.y + box.height * 0.75 }
  await app.page.evaluate(
    ({ files, point }) => {
      const data = new DataTransfer()
      for (const f of files) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }))
      const target = document.querySelector('.st-editor')!
      for (const type of ['dragenter', 'dragover', 'drop']) {
        const init = {
          dataTransfer: data,
          clientX: point.x,
          clientY: point.y,
          bubbles: true,
          cancelable: true,
        }
        target.dispatchEvent(new DragEvent(type, init))
      }
    },
    { files, point },
  )
}

/** Pastes clipboard data holding `files` (and `text`, if any) at the caret. */
async function pasteFiles(app: AppUnderTest, files: PageFile[], text = '', html = ''): Promise<void> {
  await app.page.evaluate(
    ({ files, text, html }) => {
      const data = new DataTransfer()
      for (const f of files) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }))
      if (text) data.setData('text/plain', text)
      if (html) data.setData('text/html', html)
      const target = document.querySelector('.st-editor')!
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
    },
    { files, text, html },
  )
}

async function typeThreeParagraphs(app: AppUnderTest): Promise<void> {
  await app.page.locator('.st-editor').click()
  // Type only once the caret is in the body: on a loaded machine the first click can land before
  // the editor takes focus, and the words would go nowhere.
  await expect
    .poll(() => app.page.evaluate(() => document.activeElement?.closest('.st-editor') != null))
    .toBe(true)
  await app.page.keyboard.type('Đoạn một.')
  await app.page.keyboard.press('Enter')
  await app.page.keyboard.type('Đoạn hai.')
  await app.page.keyboard.press('Enter')
  await app.page.keyboard.type('Đoạn ba.')
  await expect.poll(() => bodyFrom(app)).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.'])
}

/** Clicks the end of the paragraph holding `text` and waits until the caret is really there. */
function caretAtEndOf(app: AppUnderTest, text: string): Promise<void> {
  return caretAtEnd(app.page.locator('.st-editor p', { hasText: text }))
}

function statusText(app: AppUnderTest): Promise<string> {
  return app.page.locator('.st-status .st-msg').innerText()
}

/** The part of the body from "Đoạn một." on (the template's header fields come before it). */
async function bodyFrom(app: AppUnderTest): Promise<string[]> {
  const all = await blocks(app)
  return all.slice(all.indexOf('Đoạn một.'))
}

describe('photos dropped onto the editor or pasted from the clipboard', () => {
  let app: AppUnderTest | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('drops two photos after the paragraph under the pointer, each undone on its own', async () => {
    app = await launchApp()
    await typeThreeParagraphs(app)
    await dropFiles(app, 'Đoạn hai.', [pngFile('mot.png', 101), pngFile('hai.png', 102)])
    await expect
      .poll(() => bodyFrom(app!))
      .toEqual(['Đoạn một.', 'Đoạn hai.', '[ảnh 101]', '[ảnh 102]', 'Đoạn ba.'])

    await app.page.keyboard.press('Control+z')
    await expect.poll(() => shownWidths(app!)).toEqual([101])
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => shownWidths(app!)).toEqual([])
    expect(await bodyFrom(app)).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.'])
  })

  it('refuses a dropped text file and a broken PNG with a message, and still inserts the good photo', async () => {
    app = await launchApp()
    await typeThreeParagraphs(app)
    const text: PageFile = {
      name: 'ghi-chu.txt',
      type: 'text/plain',
      bytes: [...Buffer.from('Không phải ảnh')],
    }
    await dropFiles(app, 'Đoạn một.', [text])
    await expect
      .poll(() => statusText(app!))
      .toBe('Không chèn được ảnh "ghi-chu.txt": chỉ nhận ảnh PNG, JPEG, GIF hoặc WebP.')
    expect(await bodyFrom(app)).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.'])

    // A PNG cut short: its header says PNG, its pixels cannot be decoded.
    const whole = pngFile('hong.png', 120)
    const broken: PageFile = { ...whole, bytes: whole.bytes.slice(0, 200) }
    await dropFiles(app, 'Đoạn một.', [broken, pngFile('tot.png', 103)])
    await expect.poll(() => statusText(app!)).toBe('Không đọc được ảnh "hong.png": tệp ảnh bị hỏng.')
    await expect.poll(() => bodyFrom(app!)).toEqual(['Đoạn một.', '[ảnh 103]', 'Đoạn hai.', 'Đoạn ba.'])
  })

  it('pastes a screenshot as a photo at the caret; text beside an image pastes as text', async () => {
    app = await launchApp()
    await typeThreeParagraphs(app)
    await caretAtEndOf(app, 'Đoạn một.')
    await pasteFiles(app, [pngFile('image.png', 104)])
    await expect.poll(() => bodyFrom(app!)).toEqual(['Đoạn một.', '[ảnh 104]', 'Đoạn hai.', 'Đoạn ba.'])

    // Word puts a picture of the copied text beside it: the text is what pastes.
    await caretAtEndOf(app, 'Đoạn ba.')
    await pasteFiles(app, [pngFile('image.png', 105)], ' Thêm chữ.')
    await expect
      .poll(() => bodyFrom(app!))
      .toEqual(['Đoạn một.', '[ảnh 104]', 'Đoạn hai.', 'Đoạn ba. Thêm chữ.'])

    await app.page.keyboard.press('Control+z')
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => shownWidths(app!)).toEqual([])

    // Pasted HTML keeps going through the paste cleaner: its text comes in, its foreign <img> does not.
    await caretAtEndOf(app, 'Đoạn ba.')
    await pasteFiles(app, [], '', '<p>Chữ dán<img src="https://example.com/anh.png"></p>')
    await expect.poll(() => bodyFrom(app!)).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.Chữ dán'])
    expect(await shownWidths(app)).toEqual([])
  })
})
