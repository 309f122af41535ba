import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import { pageCss } from '@shared/export/html/pageStyles'
import { cleanText } from '@shared/text/cleanText'
import { allElements, attr, byTag, parseArticle, parseDocument, textNodes } from './htmlTree'
import { XSS_VECTORS, xssReport } from './xssVectors'

// Written independently of the exporter's own allowlists, so a loosened allowlist fails here.
const ALLOWED_TAGS = new Set(
  'html head body meta title style article header h1 h2 h3 h4 p br hr strong em u s a ul ol li blockquote figure figcaption img table thead tbody tr th td'.split(
    ' ',
  ),
)
const ALLOWED_ATTRIBUTES = new Set(
  'class lang style href rel src alt width height decoding start type colspan rowspan scope charset name property content http-equiv'.split(
    ' ',
  ),
)
const SAFE_HREF = /^(https?:\/\/[^\s"'<>`]+|mailto:[^\s"'<>`]+)$/
const SAFE_SRC =
  /^(data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*|[A-Za-z0-9._~%-]+(\/[A-Za-z0-9._~%-]+)*)$/
const SAFE_DECLARATION =
  /^(text-align: (left|center|right|justify)|font-style: italic|max-width: 100%|height: auto)$/
const DANGEROUS_IN_ATTRIBUTE = /javascript:|vbscript:|data:text|data:image\/svg|file:|url\(|expression\(|<|>/i

function assertInert(root: unknown, css: string | null) {
  const elements = allElements(root)
  expect(elements.length).toBeGreaterThan(50)
  for (const el of elements) {
    expect(ALLOWED_TAGS, `element <${el.tagName}>`).toContain(el.tagName)
    for (const { name, value } of el.attrs) {
      expect(ALLOWED_ATTRIBUTES, `attribute ${name} on <${el.tagName}>`).toContain(name)
      expect(name.startsWith('on')).toBe(false)
      const isProse = el.tagName === 'meta' && name === 'content' && attr(el, 'property') !== 'og:image'
      const isText = (el.tagName === 'img' && name === 'alt') || isProse
      // A web link may carry any words in its path ("https://a.vn/javascript:..."); its scheme is what counts.
      if (!isText && name !== 'href') expect(value, `${name}="${value}"`).not.toMatch(DANGEROUS_IN_ATTRIBUTE)
      if (name === 'href') {
        expect(value).toMatch(SAFE_HREF)
        expect(['http:', 'https:', 'mailto:']).toContain(new URL(value).protocol)
      }
      if (name === 'src' || attr(el, 'property') === 'og:image') {
        if (name === 'src' || name === 'content') expect(value).toMatch(SAFE_SRC)
      }
      if (name === 'style') for (const d of value.split(/;\s*/)) expect(d).toMatch(SAFE_DECLARATION)
      if (name === 'http-equiv') expect(value).toBe('Content-Security-Policy')
    }
  }
  const styles = byTag(root, 'style')
  if (css === null) expect(styles).toHaveLength(0)
  else expect(styles.map((s) => textNodes(s).join(''))).toEqual([css])
}

describe('nothing executable survives the export', () => {
  const report = xssReport()

  it('standalone page: only allowlisted elements, attributes, URLs and styles', () => {
    const out = exportHtml(report)
    assertInert(parseDocument(out.html), pageCss())
  })

  it('CMS fragment: the same, and no CSS at all', () => {
    const out = exportHtml(report, { form: 'fragment' })
    assertInert(parseArticle(out.html), null)
  })

  it('files mode: image links stay relative ASCII paths inside the images folder', () => {
    const out = exportHtml(report, { images: { kind: 'files', folderUrl: 'anh' } })
    assertInert(parseDocument(out.html), pageCss())
    for (const image of out.images) expect(image.fileName).toMatch(/^\d{2}-[a-z0-9-]+\.(png|jpg|gif|webp)$/)
    expect(out.images.map((i) => i.fileName)).toEqual([
      '01-svg-onload-xss-3.png',
      '02-etc-passwd.png',
      '03-c-windows-win-ini.png',
    ])
  })

  it('keeps every vector as visible text (escaped, not silently dropped)', () => {
    const doc = parseDocument(exportHtml(report).html)
    const visible = textNodes(byTag(doc, 'article')[0]).join('')
    for (const [i, vector] of XSS_VECTORS.entries()) {
      // The exporter removes control characters and turns U+2028 into a line break.
      const shown = cleanText(vector).replace(/\s+/g, ' ').trim()
      expect(visible.replace(/\s+/g, ' '), `vector ${i + 1}`).toContain(shown)
    }
  })

  it('refuses image bytes that are not the raster image they claim to be', () => {
    const out = exportHtml(report)
    expect(out.html).not.toContain(Buffer.from('<script>xss(107)</script>').toString('base64'))
    expect(out.html).not.toContain('onerror="xss(108)')
    expect(out.warnings.filter((w) => w.includes('bị hỏng'))).toHaveLength(4)
    const imgs = byTag(parseDocument(out.html), 'img')
    expect(imgs).toHaveLength(XSS_VECTORS.length)
  })

  it('escapes a hostile text for the four contexts it can reach', () => {
    const html = exportHtml(report).html
    expect(html).toContain('&lt;script&gt;xss(1)&lt;/script&gt;')
    expect(html).toContain('alt="&lt;script&gt;xss(1)&lt;/script&gt;"')
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;xss(47)&lt;/script&gt;</title>')
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<\/?(iframe|object|embed|base|form|svg|math|link|input|button|template)\b/i)
  })
})
