/**
 * Numbers as Vietnamese text writes them: a dot between thousands, a comma before decimals
 * ("32.976", "11,9%"). Built by hand rather than with Intl, whose output depends on the ICU data
 * the runtime ships.
 */
export function viNumber(n: number, decimals?: number): string {
  const fixed = decimals === undefined ? String(Math.abs(n)) : Math.abs(n).toFixed(decimals)
  const [whole = '', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return (n < 0 ? '-' : '') + grouped + (fraction ? `,${fraction}` : '')
}

/** A number written the English way inside Vietnamese text, and how Vietnamese writes it. */
interface EnglishNumber {
  from: number
  to: number
  text: string
  vietnamese: string
}

// "1,234.5" and "1,234,567" cannot be Vietnamese; "11.9%" is an English decimal. "1,234" alone and
// "4.0" are left: Vietnamese reads them as 1,234 and a version number.
const ENGLISH_NUMBER =
  /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}|\d+\.\d{1,2}(?=\s?%))(?![\p{N},]|\.\d)/gu

/** Every English-form number in the text, with the Vietnamese form (separators swapped). */
export function englishNumbers(text: string): EnglishNumber[] {
  return [...text.matchAll(ENGLISH_NUMBER)].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
    text: m[0],
    vietnamese: m[0].replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')),
  }))
}

/** Upper case by Vietnamese rules (a title set in capitals): "Đầm Hà" → "ĐẦM HÀ", NFC kept. */
export function viUpper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC')
}
