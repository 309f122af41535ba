/**
 * Names the kind of a file that is not a draft, from its first bytes, so the officer reads
 * "this is a Word document" rather than a JSON parser's complaint. Null when nothing is recognised.
 */
export function otherFileKind(bytes: Uint8Array): string | null {
  const startsWith = (...magic: number[]) => magic.every((b, i) => bytes[i] === b)
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) {
    return 'tệp nén ZIP (có thể là tài liệu Word .docx, Excel .xlsx hoặc tệp .zip)'
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return 'tài liệu Word/Excel đời cũ (.doc, .xls)'
  if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'tài liệu PDF'
  if (startsWith(0x89, 0x50, 0x4e, 0x47)) return 'ảnh PNG'
  if (startsWith(0xff, 0xd8, 0xff)) return 'ảnh JPEG'
  if (startsWith(0x47, 0x49, 0x46, 0x38)) return 'ảnh GIF'
  if (startsWith(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'ảnh WebP'
  if (startsWith(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'văn bản RTF'
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/^<(!doctype html|html|head|body|article|p|div)[\s>]/i.test(head)) return 'trang HTML'
  if (/^<\?xml/i.test(head) || /^<[a-z]/i.test(head)) return 'tệp XML/HTML'
  return null
}
