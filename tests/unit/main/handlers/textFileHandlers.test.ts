import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTextFileHandlers } from '@main/handlers/textFileHandlers'
import { MAX_TEXT_FILE_BYTES } from '@shared/model/decodeTextFile'
import { encodeTcvn3 } from '@shared/text/legacy/tcvn3'
import { encodeVni } from '@shared/text/legacy/vni'
import { photoPng } from '../../../fixtures/pngImage'
import { windows1252 } from '../../../fixtures/windows1252'

const SENTENCE = 'Đồng chí Hoàng Thị Mai Anh chủ trì hội nghị giao ban.'

let dir: string
const handlersFor = (path: string | null) =>
  createTextFileHandlers({
    dialogs: {
      chooseDraftToOpen: async () => null,
      chooseDraftSavePath: async () => null,
      chooseTextFileToOpen: async () => path,
    },
  })
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soantin-txt-'))
})

describe('Chèn văn bản từ tệp .txt', () => {
  it('reads UTF-8, with or without a BOM, and UTF-16 with its BOM', async () => {
    for (const [name, bytes, encoding] of [
      ['a.txt', Buffer.from(SENTENCE, 'utf8'), 'utf-8'],
      ['b.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]), 'utf-8'],
      ['c.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]), 'utf-16le'],
    ] as const) {
      const result = await handlersFor(file(name, bytes)).importTextFile()
      expect(result).toEqual({ ok: true, fileName: name, text: SENTENCE, encoding })
    }
  })

  it('reads a TCVN3 or VNI file as Windows shows it, for the conversion to recognise', async () => {
    const tcvn3 = encodeTcvn3(SENTENCE)
    const result = await handlersFor(file('tcvn3.txt', windows1252(tcvn3))).importTextFile()
    expect(result).toEqual({ ok: true, fileName: 'tcvn3.txt', text: tcvn3, encoding: 'windows-1252' })
    const vni = encodeVni(SENTENCE)
    const read = await handlersFor(file('vni.txt', windows1252(vni))).importTextFile()
    expect(read).toMatchObject({ ok: true, text: vni })
  })

  it('refuses images, binary files, folders and files too large, naming the file', async () => {
    const png = await handlersFor(file('anh.txt', photoPng(8, 8, 1))).importTextFile()
    expect(png).toMatchObject({
      ok: false,
      message: 'Không chèn được “anh.txt”: Đây không phải tệp văn bản mà là ảnh PNG.',
    })
    const binary = await handlersFor(file('nhi-phan.txt', Uint8Array.from([65, 0, 66]))).importTextFile()
    expect(binary).toMatchObject({ ok: false, message: expect.stringContaining('tệp nhị phân') })
    const folder = join(dir, 'thu-muc.txt')
    mkdirSync(folder)
    expect(await handlersFor(folder).importTextFile()).toMatchObject({
      ok: false,
      message: '“thu-muc.txt” không phải một tệp.',
    })
    const big = await handlersFor(file('lon.txt', Buffer.alloc(MAX_TEXT_FILE_BYTES + 1, 65))).importTextFile()
    expect(big).toMatchObject({
      ok: false,
      message: expect.stringContaining('Tệp quá lớn (5 MB, tối đa 4 MB)'),
    })
    const missing = await handlersFor(join(dir, 'khong-co.txt')).importTextFile()
    expect(missing).toMatchObject({
      ok: false,
      message: expect.stringContaining('Không đọc được “khong-co.txt”'),
    })
  })

  it('does nothing when the officer cancels', async () => {
    expect(await handlersFor(null).importTextFile()).toEqual({ ok: false, canceled: true })
  })
})
