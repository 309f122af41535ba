import type { Said } from '../text/said'

const KINDS = {
  zip: {
    vi: 'tệp nén ZIP (có thể là tài liệu Word .docx, Excel .xlsx hoặc tệp .zip)',
    en: 'a ZIP archive (perhaps a Word .docx, an Excel .xlsx or a .zip file)',
  },
  ole: { vi: 'tài liệu Word/Excel đời cũ (.doc, .xls)', en: 'an old Word/Excel document (.doc, .xls)' },
  pdf: { vi: 'tài liệu PDF', en: 'a PDF document' },
  png: { vi: 'ảnh PNG', en: 'a PNG image' },
  jpeg: { vi: 'ảnh JPEG', en: 'a JPEG image' },
  gif: { vi: 'ảnh GIF', en: 'a GIF image' },
  webp: { vi: 'ảnh WebP', en: 'a WebP image' },
  rtf: { vi: 'văn bản RTF', en: 'an RTF document' },
  html: { vi: 'trang HTML', en: 'an HTML page' },
  xml: { vi: 'tệp XML/HTML', en: 'an XML/HTML file' },
} satisfies Record<string, Said>

/**
 * Names the kind of a file that is not a draft, from its first bytes, so the officer reads
 * "this is a Word document" rather than a JSON parser's complaint. Null when nothing is recognised.
 */
export function otherFileKind(bytes: Uint8Array): Said | null {
  const startsWith = (...magic: number[]) => magic.every((b, i) => bytes[i] === b)
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) return KINDS.zip
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return KINDS.ole
  if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)) return KINDS.pdf
  if (startsWith(0x89, 0x50, 0x4e, 0x47)) return KINDS.png
  if (startsWith(0xff, 0xd8, 0xff)) return KINDS.jpeg
  if (startsWith(0x47, 0x49, 0x46, 0x38)) return KINDS.gif
  if (startsWith(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return KINDS.webp
  if (startsWith(0x7b, 0x5c, 0x72, 0x74, 0x66)) return KINDS.rtf
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/^<(!doctype html|html|head|body|article|p|div)[\s>]/i.test(head)) return KINDS.html
  if (/^<\?xml/i.test(head) || /^<[a-z]/i.test(head)) return KINDS.xml
  return null
}
