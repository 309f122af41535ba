import { describe, expect, it } from 'vitest'
import { decodeBase64, encodeBase64, isBase64 } from '@shared/text/base64'
import { xorshift } from '../../../fixtures/xorshift'

const sample = (length: number) => {
  const next = xorshift(length + 1)
  return Buffer.from(Array.from({ length }, () => Math.floor(next() * 256)))
}

describe('base64', () => {
  it('encodes and decodes exactly as Node does, at every length of the last group', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 6, 100, 1001, 65_537]) {
      const bytes = sample(length)
      const text = bytes.toString('base64')
      expect(encodeBase64(bytes)).toBe(text)
      expect(Buffer.from(decodeBase64(text) ?? []).equals(bytes)).toBe(true)
      // Unpadded text decodes the same.
      expect(Buffer.from(decodeBase64(text.replace(/=+$/, '')) ?? []).equals(bytes)).toBe(true)
    }
  })

  it('decodes only the first bytes when asked, enough to sniff a file type', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
    for (const count of [0, 1, 2, 3, 4, 5, 6, 7, 20])
      expect(Buffer.from(decodeBase64(png.toString('base64'), count) ?? [])).toEqual(png.subarray(0, count))
    expect([...(decodeBase64('/9j/4A==', 4) ?? [])]).toEqual([0xff, 0xd8, 0xff, 0xe0])
  })

  it('refuses what is not plain base64, and isBase64 says yes exactly when decodeBase64 would', () => {
    const refused = ['ab$d', 'abcde', 'ab=d', 'a===', 'ab==cd==', 'abc==', '=', 'Ǎbcd', 'ab-_']
    for (const text of refused) {
      expect(decodeBase64(text), text).toBeNull()
      expect(isBase64(text), text).toBe(false)
    }
    for (const text of ['ab', 'abc', 'abcd', 'ab==', 'abc=', '+/+/', sample(301).toString('base64')]) {
      expect(decodeBase64(text), text).not.toBeNull()
      expect(isBase64(text), text).toBe(true)
    }
    expect(isBase64('')).toBe(false)
    expect(isBase64(' \r\n')).toBe(false)
  })

  it('skips line breaks and spaces anywhere, as MIME and PEM tools wrap base64', () => {
    const bytes = sample(1000)
    const plain = bytes.toString('base64')
    const wrapped = (plain.match(/.{1,76}/g) ?? []).join('\r\n') + '\r\n'
    for (const text of [wrapped, ` ${plain.slice(0, 5)}\n\t${plain.slice(5)} `, 'ab c', 'ab\ncd']) {
      expect(isBase64(text), text).toBe(true)
      expect(Buffer.from(decodeBase64(text) ?? []).toString('base64')).toBe(
        Buffer.from(text.replace(/\s/g, ''), 'base64').toString('base64'),
      )
    }
    expect(Buffer.from(decodeBase64(wrapped, 10) ?? [])).toEqual(bytes.subarray(0, 10))
  })
})
