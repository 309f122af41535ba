/**
 * The `length` bytes at `at` read as ASCII (a PNG chunk type, "RIFF", "Exif"); bytes past the end
 * read as NUL, so a short file never matches a tag.
 */
export function asciiAt(b: Uint8Array, at: number, length = 4): string {
  let text = ''
  for (let i = at; i < at + length; i++) text += String.fromCharCode(b[i] ?? 0)
  return text
}
