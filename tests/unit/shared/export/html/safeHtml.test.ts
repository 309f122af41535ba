import { describe, expect, it } from 'vitest'
import { asciiSlug } from '@shared/text/asciiSlug'
import { escapeAttribute, escapeText } from '@shared/export/html/escapeHtml'
import { element, text } from '@shared/export/html/htmlElement'
import { sanitizeAttribute } from '@shared/export/html/safeAttributes'
import { parseStyle, sanitizeStyle } from '@shared/export/html/safeStyle'
import { isSafeImageSrc } from '@shared/export/html/safeUrl'

describe('escaping', () => {
  it('escapes text and attribute values', () => {
    expect(escapeText(`a < b & c > d "q" 'q'`)).toBe(`a &lt; b &amp; c &gt; d "q" 'q'`)
    expect(escapeAttribute(`a < b & c > d "q" 'q'`)).toBe('a &lt; b &amp; c &gt; d &quot;q&quot; &#39;q&#39;')
    expect(escapeText('&amp;')).toBe('&amp;amp;')
  })

  it('builds elements whose attributes pass the allowlist and whose text is escaped', () => {
    expect(element('p', { class: 'st-lead', onclick: 'x()', style: 'color: red' }, text('<b>'))).toBe(
      '<p class="st-lead">&lt;b&gt;</p>',
    )
    expect(element('img', { src: 'javascript:x()', alt: '"a"' })).toBe('<img alt="&quot;a&quot;">')
    expect(element('br', { class: 'x' }, text('ignored'))).toBe('<br class="x">')
  })
})

describe('link allowlist (the link policy, as the HTML attribute rule applies it)', () => {
  it.each([
    ['https://quangninh.gov.vn', 'https://quangninh.gov.vn/'],
    ['  HTTP://Example.COM/a b?c=d e#f g', 'http://example.com/a%20b?c=d%20e#f%20g'],
    ['mailto:ttvh@damha.gov.vn', 'mailto:ttvh@damha.gov.vn'],
    ['https://damha.vn/tin-tức', 'https://damha.vn/tin-t%E1%BB%A9c'],
    ["https://a.vn/it's", 'https://a.vn/it%27s'],
    ['https://a.vn/[x]{y}|z', 'https://a.vn/%5Bx%5D%7By%7D%7Cz'],
    ['htt\tps://a.vn', 'https://a.vn/'],
  ])('keeps %j as %j', (raw, expected) => {
    expect(sanitizeAttribute('a', 'href', raw)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'FILE://server/share',
    '//evil.example/x',
    '/tin-tuc/1',
    '#top',
    'ftp://example.com/',
    'https://user:pass@example.com/',
    'https://',
    'http://javascript:alert(1)',
    '',
  ])('drops %j', (raw) => {
    expect(sanitizeAttribute('a', 'href', raw)).toBeNull()
  })

  it('accepts only raster data URIs and relative ASCII paths as image sources', () => {
    expect(isSafeImageSrc('data:image/png;base64,iVBORw0KGgo=')).toBe(true)
    expect(isSafeImageSrc('data:image/jpeg;base64,/9j/4AAQ')).toBe(true)
    expect(isSafeImageSrc('anh/01-dong-chi.jpg')).toBe(true)
    expect(isSafeImageSrc('../anh/01.jpg')).toBe(true)
    expect(isSafeImageSrc('%C3%A1nh/01.jpg')).toBe(true)
    for (const bad of [
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png;base64,iVBOR" onerror="x',
      'javascript:alert(1)',
      'file:///C:/x.png',
      'https://example.com/x.png',
      '//example.com/x.png',
      '/etc/x.png',
      'C:\\x.png',
      'anh/ảnh.png',
      'anh/a b.png',
      '',
    ]) {
      expect(isSafeImageSrc(bad), bad).toBe(false)
    }
  })
})

describe('style and attribute allowlists', () => {
  it('keeps only listed declarations with listed values', () => {
    expect(sanitizeStyle({ 'text-align': 'right', 'font-style': 'italic' })).toBe(
      'text-align: right; font-style: italic',
    )
    expect(sanitizeStyle(parseStyle('TEXT-ALIGN: Center; color: red; background: url(javascript:x)'))).toBe(
      'text-align: center',
    )
    expect(sanitizeStyle(parseStyle('text-align: right; width: expression(alert(1))'))).toBe(
      'text-align: right',
    )
    expect(sanitizeStyle(parseStyle('text-align: right /* */'))).toBeNull()
    expect(sanitizeStyle(parseStyle('max-width: 100%; height: auto'))).toBe('max-width: 100%; height: auto')
    expect(sanitizeStyle(parseStyle('height: 1px'))).toBeNull()
    expect(sanitizeStyle({ __proto__: 'x', constructor: 'y' } as Record<string, string>)).toBeNull()
  })

  it('drops event handlers and unlisted attributes on every element', () => {
    for (const tag of ['p', 'a', 'img', 'td', 'meta', 'article']) {
      for (const name of [
        'onclick',
        'onerror',
        'ONLOAD',
        'srcdoc',
        'formaction',
        'xlink:href',
        'srcset',
        'background',
      ]) {
        expect(sanitizeAttribute(tag, name, 'x'), `${tag} ${name}`).toBeNull()
      }
    }
    expect(sanitizeAttribute('meta', 'http-equiv', 'refresh')).toBeNull()
    expect(sanitizeAttribute('meta', 'http-equiv', 'Content-Security-Policy')).toBe('Content-Security-Policy')
    expect(sanitizeAttribute('td', 'colspan', '2 onclick=x')).toBeNull()
    expect(sanitizeAttribute('td', 'colspan', '3')).toBe('3')
    expect(sanitizeAttribute('ol', 'start', '-2')).toBe('-2')
    expect(sanitizeAttribute('p', 'class', 'st-lead "x" Bad')).toBe('st-lead')
    expect(sanitizeAttribute('p', 'href', 'https://a.vn')).toBeNull()
  })
})

describe('text helpers', () => {
  it('makes ASCII slugs from Vietnamese names', () => {
    expect(asciiSlug('Đồng chí Đỗ Thị Ninh Hường – TUV')).toBe('dong-chi-do-thi-ninh-huong-tuv')
    expect(asciiSlug('Ảnh hội nghị (1).JPG')).toBe('anh-hoi-nghi-1-jpg')
    expect(asciiSlug('../../etc/passwd')).toBe('etc-passwd')
    expect(asciiSlug('日本')).toBe('')
  })
})
