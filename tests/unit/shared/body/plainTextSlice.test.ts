import { describe, expect, it } from 'vitest'
import { bodySchema } from '@shared/body/bodyExtensions'
import { plainTextSlice } from '@shared/body/plainTextSlice'

const schema = bodySchema()

/** Each paragraph of the slice as its parts: text, or `|` for a line break. */
function shape(text: string): string[][] {
  const out: string[][] = []
  plainTextSlice(schema, text, []).content.forEach((paragraph) => {
    const parts: string[] = []
    paragraph.forEach((node) => parts.push(node.isText ? (node.text ?? '') : '|'))
    out.push(parts)
  })
  return out
}

describe('plainTextSlice', () => {
  it('starts a paragraph at a blank line and keeps a single line end as a line break', () => {
    expect(shape('Dòng một\nDòng hai\n\nĐoạn hai')).toEqual([['Dòng một', '|', 'Dòng hai'], ['Đoạn hai']])
  })

  it('reads Windows line ends, blank lines holding spaces, several blank lines and \\v as one would', () => {
    expect(shape('Một\r\nHai\r\n \t\r\n\r\n\r\nBa\u000bBốn\u2028Năm\r\n')).toEqual([
      ['Một', '|', 'Hai'],
      ['Ba', '|', 'Bốn', '|', 'Năm'],
    ])
  })

  it('is open at both ends, so its first and last lines join the caret’s paragraph', () => {
    const slice = plainTextSlice(schema, 'đầu\n\ncuối', [])
    expect(slice.openStart).toBe(1)
    expect(slice.openEnd).toBe(1)
  })
})
