import { describe, expect, it } from 'vitest'
import { safeExternalUrl } from '@main/security/policy'

describe('links handed to the system browser', () => {
  it.each([
    'https://damha.quangninh.gov.vn/tin-tuc/giao-ban',
    'http://example.com',
    'https://example.com:8443/a?b=c#d',
    'https://tỉnh-ủy.vn/tin-tức',
    'HTTPS://EXAMPLE.COM/',
  ])('opens %s', (url) => {
    expect(safeExternalUrl(url)).not.toBeNull()
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with mixed case and spaces', ' JaVaScRiPt:alert(document.cookie)'],
    ['javascript: split by a tab', 'java\tscript:alert(1)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['file: on a share', 'file://server/share/x.exe'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:https://example.com/uuid'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['another custom scheme', 'soantin://open?path=/etc/passwd'],
    ['smb:', 'smb://attacker/share'],
    // Mail links stay in documents: a mailto: can carry attach= and body= that mail programs act on.
    ['mailto:', 'mailto:toa.soan@example.vn'],
    ['credentials', 'https://user:pass@example.com/'],
    ['a user name alone', 'https://user@example.com/'],
    ['no host', 'https://'],
    ['a blank host', 'http:// /'],
    ['a relative path', '/tin-tuc/giao-ban'],
    ['an empty string', ''],
    ['not a URL', 'Giao ban Thường trực Tỉnh ủy'],
  ])('refuses %s', (_what, url) => {
    expect(safeExternalUrl(url)).toBeNull()
  })

  it.each([
    ['a link without //', 'http:example.com'],
    ['a space in the host', 'https://exa mple.com'],
    ['a link longer than the renderer may send', `https://example.com/${'a'.repeat(2100)}`],
  ])('refuses %s, as the report exporters do', (_what, url) => {
    expect(safeExternalUrl(url)).toBeNull()
  })

  it('returns the parsed form, so the link opened is the link checked', () => {
    expect(safeExternalUrl('  https://Example.com/a b')).toBe('https://example.com/a%20b')
    expect(safeExternalUrl('https://example.com/\u0111\u1ed3ng')).toBe(
      'https://example.com/%C4%91%E1%BB%93ng',
    )
  })
})
