import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '@cli/main'
import { createExportHandlers } from '@main/handlers/exportHandlers'
import { serializeReport } from '@shared/model/parseReport'
import type { Report } from '@shared/model/report'
import * as b from '../../../fixtures/builders'
import { gifFixture, sourcePixels, webpFixture } from '../../../fixtures/convertibleImages'
import { DOCX_CASE } from '../../../fixtures/goldenCases'
import { maxChannelDifference, readPng } from '../../../fixtures/readPng'
import { ExportDialogs } from '../../../helpers/exportDialogs'
import { partText, unzipDocx } from './docx/docxPackage'

const asset = (mime: Report['assets'][string]['mime'], bytes: Uint8Array, name: string) => ({
  mime,
  data: Buffer.from(bytes).toString('base64'),
  name,
})

/** One draft with a GIF and two WebP photos (lossy; lossless with alpha), as an officer inserts them. */
function photosDraft(): Report {
  return b.reportWith(
    {
      ...DOCX_CASE,
      assets: {
        gif: asset('image/gif', gifFixture().bytes, 'co-dong.gif'),
        lossy: asset('image/webp', webpFixture('lossy'), 'anh-web.webp'),
        alpha: asset('image/webp', webpFixture('lossless-alpha'), 'logo.webp'),
      },
    },
    b.block('reportTitle'),
    b.figure('gif', 'Cờ', 'Ảnh GIF'),
    b.figure('lossy', 'Ảnh chụp', 'Ảnh WebP'),
    b.figure('alpha', 'Biểu trưng', 'Ảnh WebP trong suốt'),
  )
}

const media = (docx: Buffer) =>
  new Map([...unzipDocx(docx)].filter(([name]) => name.startsWith('word/media/')))

async function cli(...args: string[]) {
  let err = ''
  const code = await main(args, { out: () => {}, err: (t) => (err += t) })
  return { code, err }
}

describe('GIF and WebP photos on every export path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-anh-'))
  const draftPath = join(dir, 'anh.soantin')
  writeFileSync(draftPath, serializeReport(photosDraft()))

  it('the app (main handler) and `soantin export` write the same PNGs, with the source pixels', async () => {
    const appDocx = join(dir, 'app.docx')
    const handlers = createExportHandlers({ dialogs: new ExportDialogs(() => appDocx) })
    const app = await handlers.exportDocx({ report: photosDraft() })
    expect(app).toMatchObject({ ok: true, warnings: [] })
    const cliDocx = join(dir, 'cli.docx')
    expect(await cli('export', draftPath, '--docx', cliDocx)).toEqual({ code: 0, err: '' })

    const fromApp = media(readFileSync(appDocx))
    const fromCli = media(readFileSync(cliDocx))
    expect([...fromApp.keys()]).toEqual([...fromCli.keys()])
    for (const [name, bytes] of fromApp) expect(bytes.equals(fromCli.get(name)!), name).toBe(true)

    const pictures = [...fromApp].map(([name, bytes]) => {
      expect(name).toMatch(/\.png$/)
      return readPng(bytes)
    })
    expect(pictures).toHaveLength(3)
    expect(pictures).toContainEqual(gifFixture().pixels)
    expect(pictures).toContainEqual(sourcePixels(true))
    expect(pictures.some((p) => maxChannelDifference(p, sourcePixels(false)) <= 12)).toBe(true)
    for (const docx of [appDocx, cliDocx]) {
      const xml = partText(unzipDocx(readFileSync(docx)), 'word/document.xml')
      expect(xml).not.toContain('không hiển thị được')
      expect(xml.match(/<w:drawing>/g)).toHaveLength(3)
    }
  })

  it('the app and `soantin export` write the same HTML, GIF and WebP as the PNG of their pixels', async () => {
    const appHtml = join(dir, 'app.html')
    const handlers = createExportHandlers({ dialogs: new ExportDialogs(() => appHtml) })
    const app = await handlers.exportHtml({ report: photosDraft(), form: 'page', separateImages: true })
    expect(app).toMatchObject({ ok: true, imageCount: 3, warnings: [] })
    const cliHtml = join(dir, 'cli.html')
    const images = join(dir, 'cli-anh')
    expect(await cli('export', draftPath, '--html', cliHtml, '--images-dir', images)).toEqual({
      code: 0,
      err: '',
    })
    const appImages = join(dir, 'app-anh')
    expect(readdirSync(images)).toEqual(readdirSync(appImages))
    // Converted as for the DOCX: a GIF or WebP that is also a script is never published as it is.
    expect(readdirSync(images)).toEqual(['01-co-dong.png', '02-anh-web.png', '03-logo.png'])
    for (const file of readdirSync(images))
      expect(readFileSync(join(images, file)).equals(readFileSync(join(appImages, file))), file).toBe(true)
    expect(readPng(readFileSync(join(images, '01-co-dong.png')))).toEqual(gifFixture().pixels)
    expect(readPng(readFileSync(join(images, '03-logo.png')))).toEqual(sourcePixels(true))
    const page = (path: string, folder: string) => readFileSync(path, 'utf8').replaceAll(folder, 'ANH')
    expect(page(cliHtml, 'cli-anh')).toBe(page(appHtml, 'app-anh'))
  })
})
