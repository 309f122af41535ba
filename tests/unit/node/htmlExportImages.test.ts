import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeHtmlExport } from '@node/htmlExportFile'
import * as b from '../../fixtures/builders'
import {
  gifScriptPolyglot,
  jpegWithPayloads,
  parsesAsScript,
  pngThenHtml,
} from '../../fixtures/polyglotImages'
import { readPng } from '../../fixtures/readPng'

const dir = mkdtempSync(join(tmpdir(), 'soantin-anh-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const asset = (mime: 'image/png' | 'image/jpeg' | 'image/gif', bytes: Uint8Array, name: string) => ({
  mime,
  data: Buffer.from(bytes).toString('base64'),
  name,
})

describe('the images folder beside an exported page', () => {
  it('holds the checked photos, one file each, never the stored polyglots', async () => {
    const png = pngThenHtml()
    const jpeg = jpegWithPayloads()
    const gif = gifScriptPolyglot()
    const r = b.report(
      b.figure('png', '', 'Một'),
      b.figure('png-copy', '', 'Một, lưu lần nữa'),
      b.figure('jpeg', '', 'Hai'),
      b.figure('gif', '', 'Ba'),
      b.figure('png', '', 'Một, lần nữa'),
    )
    r.assets = {
      png: asset('image/png', png.bytes, 'mot.png'),
      'png-copy': asset('image/png', png.bytes, 'ban-sao.png'),
      jpeg: asset('image/jpeg', jpeg.bytes, 'hai.jpg'),
      gif: asset('image/gif', gif.bytes, 'ba.gif'),
    }
    const htmlPath = join(dir, 'bao-cao.html')
    const imagesDir = join(dir, 'bao-cao-anh')
    const out = await writeHtmlExport({ report: r, htmlPath, imagesDir })
    expect(out.imageFiles.map((f) => f.slice(imagesDir.length + 1))).toEqual([
      '01-mot.png',
      '02-hai.jpg',
      '03-ba.png',
    ])
    expect(readdirSync(imagesDir)).toEqual(['01-mot.png', '02-hai.jpg', '03-ba.png'])
    const read = (name: string) => readFileSync(join(imagesDir, name))
    expect(read('01-mot.png').equals(png.clean)).toBe(true)
    expect(read('02-hai.jpg').equals(jpeg.clean)).toBe(true)
    expect(parsesAsScript(read('03-ba.png'))).toBe(false)
    // 10,799 pixels wide: the web copy is the unit's 1,600, its 3-in-7 white stripes averaged to grey.
    const copy = readPng(read('03-ba.png'))
    expect([gif.pixels.width, copy.width, copy.height]).toEqual([10_799, 1600, 1])
    const mean = copy.data.filter((_v, i) => i % 4 === 0).reduce((sum, v) => sum + v, 0) / copy.width
    expect(Math.abs(mean - (255 * 3) / 7)).toBeLessThan(4)
    expect(copy.data.filter((_v, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true)
    const page = readFileSync(htmlPath, 'utf8')
    expect(page.match(/src="bao-cao-anh\/01-mot\.png"/g)).toHaveLength(3)
  })
})
