import { describe, expect, it } from 'vitest'
import { otherUnicodeEncoding } from '@shared/model/unicodeEncoding'

/** Bytes from a fixed pseudo-random sequence, a quarter of them zero: a typical binary file. */
function binary(length: number): Uint8Array {
  let seed = 19092022
  return Uint8Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % 4 === 0 ? 0 : seed % 256
  })
}

describe('otherUnicodeEncoding', () => {
  it('calls neither UTF-8 text nor a binary file with zeros everywhere UTF-16 or UTF-32', () => {
    expect(otherUnicodeEncoding(new TextEncoder().encode('{"title": "Giao ban Thường trực"}'))).toBeNull()
    expect(otherUnicodeEncoding(binary(8192))).toBeNull()
    expect(otherUnicodeEncoding(new Uint8Array(3))).toBeNull()
  })

  it('tells UTF-32 from UTF-16 whether or not there is a mark', () => {
    const text = 'Thường trực Tỉnh ủy họp giao ban'
    const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'))
    const utf32 = new Uint8Array(
      Array.from(text).flatMap((c) => [...new Uint8Array(new Uint32Array([c.codePointAt(0)!]).buffer)]),
    )
    expect(otherUnicodeEncoding(utf16)).toBe('UTF-16')
    expect(otherUnicodeEncoding(utf32)).toBe('UTF-32')
    expect(otherUnicodeEncoding(new Uint8Array([0xff, 0xfe, 0, 0, ...utf32]))).toBe('UTF-32')
    expect(otherUnicodeEncoding(new Uint8Array([0xff, 0xfe, ...utf16]))).toBe('UTF-16')
  })
})
