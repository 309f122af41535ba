import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportFormat } from '@main/handlers/ports'
import type { BodyNode } from '@shared/model/body'
import { parseReportBytes } from '@shared/model/parseReport'
import { partText, unzipDocx } from '../unit/shared/export/docx/docxPackage'
import { FakeDialogs } from './harness/fakeDialogs'
import { launchApp, type AppUnderTest } from './harness/launchApp'

const NBSP = '\u00a0'
const NFD_LINE = 'Thường trực Tỉnh ủy nghe báo cáo'.normalize('NFD')

/** What a hostile web page or mail puts on the clipboard; `xss(n)` records which vector ran. */
const HOSTILE_HTML = [
  '<p>Đoạn dán <a href="javascript:xss(1)" onclick="xss(2)">liên kết độc</a> và ',
  '<a href=" JaVaScRiPt:xss(3)">thứ hai</a> và <a href="https://example.org/tin">liên kết tốt</a></p>',
  '<p onmouseover="xss(4)" style="background:url(javascript:xss(5));color:red">Đoạn có kiểu độc</p>',
  '<svg xmlns="http://www.w3.org/2000/svg" onload="xss(6)"><script>xss(7)</script></svg>',
  '<img src="file:///etc/passwd" onerror="xss(8)"><img src="http://127.0.0.1:9/anh-ngoai.png">',
  '<figure data-type="figure"><img data-asset-id="khong-co" src="http://evil.example/x.png">',
  '<figcaption>Chú thích dán</figcaption></figure>',
  `<p style="text-align:right">${NBSP.repeat(40)} ${NBSP.repeat(12)}Văn Phúc${NBSP}${NBSP}</p>`,
  `<p>${NFD_LINE}   về  giao ban</p>`,
].join('')

/** Strings that must not survive from the paste into a draft or an export. */
const FORBIDDEN = [
  'javascript',
  'xss(',
  'onclick',
  'onmouseover',
  'onerror',
  'onload',
  'file:',
  '127.0.0.1',
  'evil.example',
  '<script',
  '<svg',
]

class PasteDialogs extends FakeDialogs {
  constructor(private readonly folder: string) {
    super(folder)
  }
  override async chooseExportPath(_format: ExportFormat, defaultFileName: string): Promise<string | null> {
    return join(this.folder, defaultFileName)
  }
}

function texts(node: BodyNode): string[] {
  if (node.type === 'paragraph') return [(node.content ?? []).map((c) => c.text ?? '').join('')]
  return (node.content ?? []).flatMap(texts)
}

describe('pasting hostile HTML into the editor', () => {
  let app: AppUnderTest
  const requested: string[] = []

  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    app = await launchApp({ deps: { dialogs: new PasteDialogs(dir) } })
    app.page.on('request', (request) => requested.push(request.url()))
    await app.page.evaluate(() => {
      const w = window as unknown as { __hits: number[]; xss(n: number): void }
      w.__hits = []
      w.xss = (n) => w.__hits.push(n)
    })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stores only vetted links and clean NFC text, fetches nothing, and exports nothing hostile', async () => {
    await app.page.locator('.st-editor').click()
    await app.page.keyboard.press('Control+End')
    await app.page.evaluate((html) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', 'văn bản thay thế')
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      document.querySelector('.st-editor')?.dispatchEvent(event)
    }, HOSTILE_HTML)
    await app.page.locator('.st-editor p', { hasText: 'Văn Phúc' }).waitFor()
    await app.page.locator('.st-editor').hover()

    const draftPath = join(dir, 'Báo cáo.soantin')
    await app.page.keyboard.press('Control+s')
    await expect.poll(() => existsSync(draftPath)).toBe(true)
    const raw = readFileSync(draftPath, 'utf8')
    for (const bad of FORBIDDEN) expect(raw, bad).not.toContain(bad)
    const parsed = parseReportBytes(readFileSync(draftPath))
    if (!parsed.ok) throw new Error(parsed.message)
    const body = parsed.report.body
    const lines = texts(body)
    expect(lines).toContain('Văn Phúc')
    expect(lines).toContain('Thường trực Tỉnh ủy nghe báo cáo về giao ban')
    expect(raw).toContain('Thường trực Tỉnh ủy nghe báo cáo'.normalize('NFC'))
    expect(raw).not.toContain(NBSP)
    expect(raw).toMatch(/"href": "https:\/\/example\.org\/tin"/)
    expect(lines).toContain('Đoạn dán liên kết độc và thứ hai và liên kết tốt')
    // The pasted figure names no photo of this report: it stays a figure with its caption, no address.
    expect(JSON.stringify(body)).toContain('Chú thích dán')

    await app.menu('exportHtml')
    await expect.poll(() => readdirSync(dir).filter((n) => n.endsWith('.html')).length).toBe(1)
    const htmlName = readdirSync(dir).find((n) => n.endsWith('.html')) ?? ''
    await expect.poll(() => readFileSync(join(dir, htmlName), 'utf8').length).toBeGreaterThan(0)
    const html = readFileSync(join(dir, htmlName), 'utf8')
    for (const bad of FORBIDDEN) expect(html, bad).not.toContain(bad)
    expect(html).toContain('href="https://example.org/tin"')
    expect(html).toContain('Văn Phúc')
    expect(html).not.toContain('&nbsp;')

    await app.menu('exportDocx')
    await expect.poll(() => readdirSync(dir).filter((n) => n.endsWith('.docx')).length).toBe(1)
    const docxName = readdirSync(dir).find((n) => n.endsWith('.docx')) ?? ''
    await expect.poll(() => readFileSync(join(dir, docxName)).length).toBeGreaterThan(0)
    const parts = unzipDocx(readFileSync(join(dir, docxName)))
    const xml = partText(parts, 'word/document.xml')
    const rels = partText(parts, 'word/_rels/document.xml.rels')
    for (const bad of FORBIDDEN) {
      expect(xml, bad).not.toContain(bad)
      expect(rels, bad).not.toContain(bad)
    }
    expect(rels).toContain('https://example.org/tin')
    expect(xml).toContain('Văn Phúc')
    expect(xml).not.toContain(NBSP)

    expect(await app.page.evaluate(() => (window as unknown as { __hits: number[] }).__hits)).toEqual([])
    const origin = new URL(app.page.url()).origin
    expect(
      requested.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([])
  })
})
