import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatchPaste } from './harness/dispatchPaste'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const CORPUS = join(__dirname, '../fixtures/clipboard')
const NBSP = '\u00a0'

/** One block of the page after the paste: its tag, text (line breaks as "⏎") and what it holds. */
interface Block {
  tag: string
  text: string
}

describe('clipboard contents from Word, LibreOffice and a browser go through the paste path', () => {
  let app: AppUnderTest

  beforeAll(async () => {
    app = await launchApp()
  }, 60_000)
  afterAll(async () => {
    await app?.close()
  })

  /** Pastes into a new, empty report and returns its blocks. */
  async function pasted(data: { html?: string; text?: string }): Promise<Block[]> {
    await app.page.locator('.st-editor').focus()
    await app.page.keyboard.press('Control+a')
    await app.page.keyboard.press('Delete')
    await dispatchPaste(app.page, data)
    return app.page.evaluate(() => {
      const blocks: Array<{ tag: string; text: string }> = []
      const walk = (el: Element) => {
        for (const child of el.children) {
          if (/^(P|H[1-6]|LI|TD|TH)$/.test(child.tagName) && !child.querySelector('p')) {
            const clone = child.cloneNode(true) as HTMLElement
            clone.querySelectorAll('br:not(.ProseMirror-trailingBreak)').forEach((br) => br.replaceWith('⏎'))
            clone.querySelectorAll('br').forEach((br) => br.remove())
            const tag = child.closest('li') ? 'LI' : (child.closest('td, th')?.tagName ?? child.tagName)
            blocks.push({ tag, text: clone.textContent ?? '' })
          } else walk(child)
        }
      }
      walk(document.querySelector('.st-editor')!)
      return blocks
    })
  }

  function expectClean(blocks: Block[]) {
    for (const { text } of blocks) {
      expect(text, text).toBe(text.normalize('NFC'))
      // eslint-disable-next-line no-control-regex -- Word's \v must not survive
      expect(text, text).not.toMatch(/[\t\u000b\u2028]|\s{2,}/)
      expect(text.startsWith(' ') || text.startsWith(NBSP), text).toBe(false)
      expect(text.endsWith(' ') || text.endsWith(NBSP), text).toBe(false)
    }
  }

  it('Word: padding, tab stops, a manual line break, a list paragraph, a table and a padded byline', async () => {
    const html = readFileSync(join(CORPUS, 'word-giao-ban.html'), 'utf8')
    const blocks = await pasted({ html, text: 'ignored when HTML is there' })
    expectClean(blocks)
    const texts = blocks.map((b) => b.text)
    expect(texts).toContain('GIAO BAN THƯỜNG TRỰC TỈNH ỦY')
    expect(texts).toContain(
      'Sáng 19/9, đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, chủ trì hội nghị giao ban Thường trực Tỉnh ủy.',
    )
    expect(texts).toContain('Địa chỉ: số 1 đường Hạ Long⏎Điện thoại: 0203 3835 555')
    expect(texts).toContain('Cùng dự có các đồng chí trong Ban Thường vụ Tỉnh ủy.')
    expect(texts).toContain('Văn Phúc')
    expect(blocks.filter((b) => b.tag === 'TD' || b.tag === 'TH').map((b) => b.text)).toEqual([
      'STT',
      'Nội dung',
      '1',
      'Thu ngân sách',
    ])
    // Word's list marker comes as text; its padding does not.
    expect(texts).toContain('- Tình hình kinh tế - xã hội tháng 9;')
  })

  it('Word with .VnTime fonts: TCVN3 converted, capitals of .VnTimeH and the &shy; ư included', async () => {
    const html = readFileSync(join(CORPUS, 'word-vntime.html'), 'utf8')
    const texts = (await pasted({ html })).map((b) => b.text)
    expect(texts).toEqual([
      'HỘI NGHỊ GIAO BAN THƯỜNG TRỰC',
      'Sáng 19/9, đồng chí Hoàng Thị Mai Anh chủ trì hội nghị giao ban của Thường trực Tỉnh ủy.',
      'Các đại biểu đã thảo luận và cho ý kiến về tình hình kinh tế - xã hội.',
    ])
  })

  it('a browser copy of a news page: heading, link kept, foreign image dropped, list', async () => {
    const html = readFileSync(join(CORPUS, 'chromium-news-page.html'), 'utf8')
    const blocks = await pasted({ html })
    expectClean(blocks)
    expect(blocks).toContainEqual({ tag: 'H2', text: 'Thường trực Tỉnh ủy giao ban tuần' })
    expect(blocks.map((b) => b.text)).toContain(
      // A lone no-break space between words may be meant, and stays (cleanPastedSlice).
      `(Báo Quảng Ninh)${NBSP}-${NBSP}Sáng 19/9, Thường trực Tỉnh ủy họp giao ban tuần.${NBSP}Xem thêm`,
    )
    expect(blocks.filter((b) => b.tag === 'LI').map((b) => b.text)).toEqual([
      'Công tác cán bộ;',
      'Thu ngân sách.',
    ])
    expect(await app.page.locator('.st-editor img').count()).toBe(0)
    expect(await app.page.locator('.st-editor a[href^="https://www.baoquangninh.vn/"]').count()).toBe(1)
  })

  it('LibreOffice: the seed article exported by us, opened in Writer, copied as HTML', async () => {
    const html = readFileSync(join(CORPUS, 'libreoffice-seed.html'), 'utf8')
    const blocks = await pasted({ html })
    expectClean(blocks)
    const texts = blocks.map((b) => b.text)
    expect(texts.some((t) => t.startsWith('Ngày 19/9, Thường trực Tỉnh ủy họp giao ban tuần'))).toBe(true)
    // The byline, right-aligned in the export, arrives without its padding.
    expect(texts).toContain('Thu Hiền (Trung tâm TT-VH)')
  })

  it('plain text: a blank line starts a paragraph, a single line end is a line break, tabs a space', async () => {
    const texts = (
      await pasted({
        text: 'Đoạn một,\r\ndòng hai\tcủa nó.\r\n\r\n\u00a0\u00a0Đoạn hai\u000bcó ngắt dòng.\u00a0\r\n',
      })
    ).map((b) => b.text)
    expect(texts).toEqual(['Đoạn một,⏎dòng hai của nó.', 'Đoạn hai⏎có ngắt dòng.'])
  })
})
