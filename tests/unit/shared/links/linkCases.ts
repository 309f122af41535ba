import { MAX_LINK_LENGTH, type LinkRefusal } from '@shared/links/linkPolicy'

interface LinkCase {
  /** The target as an officer typed or pasted it, or as a report file holds it. */
  raw: string
  /** The one normalised form every path must write, or the reason every path must refuse it. */
  expected: { href: string } | { refusal: LinkRefusal }
}

const LONG_PATH = 'https://example.com/'
const longUrl = (length: number) => LONG_PATH + 'a'.repeat(length - LONG_PATH.length)

/** The inputs every link path (policy, editor, dialog, DOCX, HTML, main) must judge alike. */
export const LINK_CASES: readonly LinkCase[] = [
  { raw: 'https://user:pass@example.com/x', expected: { refusal: 'credentials' } },
  { raw: 'https://user@example.com/', expected: { refusal: 'credentials' } },
  { raw: 'https://exa mple.com', expected: { refusal: 'malformed' } },
  { raw: 'java\tscript:alert(1)', expected: { refusal: 'scheme' } },
  { raw: ' javascript:alert(1)', expected: { refusal: 'scheme' } },
  { raw: 'JAVASCRIPT:alert(1)', expected: { refusal: 'scheme' } },
  { raw: '\u0000javascript:alert(1)', expected: { refusal: 'scheme' } },
  { raw: 'data:text/html,<script>alert(1)</script>', expected: { refusal: 'scheme' } },
  { raw: 'file:///etc/passwd', expected: { refusal: 'scheme' } },
  { raw: 'vbscript:msgbox(1)', expected: { refusal: 'scheme' } },
  { raw: 'ftp://example.com/', expected: { refusal: 'scheme' } },
  { raw: '//example.com', expected: { refusal: 'notAbsolute' } },
  { raw: '/relative', expected: { refusal: 'notAbsolute' } },
  { raw: 'example.com', expected: { refusal: 'notAbsolute' } },
  { raw: 'http:example.com', expected: { refusal: 'malformed' } },
  { raw: 'http://javascript:alert(1)', expected: { refusal: 'malformed' } },
  { raw: '   ', expected: { refusal: 'empty' } },
  {
    raw: 'HTTPS://Example.COM/Đà Nẵng?q=1#a b',
    expected: { href: 'https://example.com/%C4%90%C3%A0%20N%E1%BA%B5ng?q=1#a%20b' },
  },
  { raw: 'https://quangninh.gov.vn', expected: { href: 'https://quangninh.gov.vn/' } },
  { raw: ' htt\nps://quangninh.gov.vn/tin-tuc\t', expected: { href: 'https://quangninh.gov.vn/tin-tuc' } },
  { raw: 'mailto:a@b.vn', expected: { href: 'mailto:a@b.vn' } },
  { raw: 'http://xn--tnh-y-e81bvi.vn/tin-tuc', expected: { href: 'http://xn--tnh-y-e81bvi.vn/tin-tuc' } },
  { raw: 'https://tỉnh-ủy.vn/x', expected: { href: 'https://xn--tnh-y-e81bvi.vn/x' } },
  { raw: 'https://example.com/%zz', expected: { href: 'https://example.com/%25zz' } },
  { raw: "https://a.vn/it's?q=a&b=<c>", expected: { href: 'https://a.vn/it%27s?q=a&b=%3Cc%3E' } },
  {
    raw: `https://damha.vn/${'tin-tức'.normalize('NFD')}`,
    expected: { href: 'https://damha.vn/tin-t%E1%BB%A9c' },
  },
  // Invisible controls go, so the target is what its printed form reads as (not "exe.jpg").
  { raw: 'https://example.com/\u202Egpj.exe', expected: { href: 'https://example.com/gpj.exe' } },
  {
    raw: '\u200Bhttps://exa\u00ADmple.com/\u2066tin\u2069-t\u200Dức\uFEFF',
    expected: { href: 'https://example.com/tin-t%E1%BB%A9c' },
  },
  { raw: 'java\u200Bscript:alert(1)', expected: { refusal: 'scheme' } },
  { raw: 'mailto:a\u202E@b.vn', expected: { href: 'mailto:a@b.vn' } },
  { raw: longUrl(MAX_LINK_LENGTH), expected: { href: longUrl(MAX_LINK_LENGTH) } },
  { raw: longUrl(3000), expected: { refusal: 'tooLong' } },
]

/** The normalised target a case must produce, or null when it must be refused. */
export const expectedHref = (c: LinkCase): string | null => ('href' in c.expected ? c.expected.href : null)

/** A short, readable name for a case in test titles. */
export const caseName = (c: LinkCase): string =>
  JSON.stringify(c.raw.length > 60 ? `${c.raw.slice(0, 40)}…(${c.raw.length})` : c.raw)
