import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { defaultImagesDir, imagesFolderUrl, writeHtmlExport } from '@node/htmlExportFile'
import { attr, byTag, parseDocument } from '../shared/export/html/htmlTree'
import { block, figure, report, withPhoto } from '../../fixtures/builders'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    for (const f of readdirSync(dir, { recursive: true }) as string[]) {
      try {
        chmodSync(join(dir, f), 0o755)
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true })
  }
})

function photoReport() {
  const r = report(
    block('reportTitle'),
    figure('a', 'Ảnh một', 'Chú thích một'),
    figure('b', 'Ảnh hai', 'Chú thích hai'),
    block('byline'),
  )
  withPhoto(r, 'a', 'Đồng chí chủ trì.png', 1)
  withPhoto(r, 'b', 'Toàn cảnh hội nghị.png', 2)
  return r
}

describe('writing an HTML export', () => {
  it('writes the page with images embedded and leaves nothing else behind', async () => {
    const dir = tempDir()
    const r = photoReport()
    const htmlPath = join(dir, 'Giao ban Thường trực Tỉnh ủy.html')
    const result = await writeHtmlExport({ report: r, htmlPath })
    expect(readFileSync(htmlPath, 'utf8')).toBe(exportHtml(r).html)
    expect(result.imageFiles).toEqual([])
    expect(readdirSync(dir)).toEqual(['Giao ban Thường trực Tỉnh ủy.html'])
  })

  it('writes images beside the page with ASCII names, and the page finds every one of them', async () => {
    const dir = tempDir()
    const r = photoReport()
    const htmlPath = join(dir, 'Giao ban Thường trực Tỉnh ủy.html')
    const imagesDir = defaultImagesDir(htmlPath)
    expect(imagesDir).toBe(join(dir, 'giao-ban-thuong-truc-tinh-uy-anh'))
    const result = await writeHtmlExport({ report: r, htmlPath, imagesDir })
    expect(readdirSync(imagesDir).sort()).toEqual(['01-dong-chi-chu-tri.png', '02-toan-canh-hoi-nghi.png'])
    const srcs = byTag(parseDocument(readFileSync(htmlPath, 'utf8')), 'img').map((i) => attr(i, 'src') ?? '')
    expect(srcs).toEqual([
      'giao-ban-thuong-truc-tinh-uy-anh/01-dong-chi-chu-tri.png',
      'giao-ban-thuong-truc-tinh-uy-anh/02-toan-canh-hoi-nghi.png',
    ])
    for (const [i, src] of srcs.entries()) {
      const file = join(dir, decodeURIComponent(src))
      expect(result.imageFiles[i]).toBe(file)
      expect(readFileSync(file).toString('base64')).toBe(r.assets[i === 0 ? 'a' : 'b']?.data)
    }
    expect(readFileSync(htmlPath, 'utf8')).not.toContain('data:image')
  })

  it('links a folder elsewhere, with a non-ASCII name, by an encoded relative URL', async () => {
    const dir = tempDir()
    const htmlPath = join(dir, 'trang', 'bai.html')
    const imagesDir = join(dir, 'Ảnh chung')
    expect(imagesFolderUrl(htmlPath, imagesDir)).toBe('../%E1%BA%A2nh%20chung')
    expect(imagesFolderUrl(htmlPath, join(dir, 'trang'))).toBe('')
    const r = photoReport()
    mkdirSync(dirname(htmlPath))
    await writeHtmlExport({ report: r, htmlPath, imagesDir, form: 'fragment' })
    const html = readFileSync(htmlPath, 'utf8')
    expect(html.startsWith('<article')).toBe(true)
    const srcs = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(srcs).toHaveLength(2)
    for (const src of srcs) expect(existsSync(join(dirname(htmlPath), decodeURIComponent(src)))).toBe(true)
  })

  it('refuses a read-only target with a Vietnamese message and keeps the old file', async () => {
    const dir = tempDir()
    const htmlPath = join(dir, 'bai.html')
    writeFileSync(htmlPath, 'bản cũ')
    chmodSync(htmlPath, 0o444)
    await expect(writeHtmlExport({ report: photoReport(), htmlPath })).rejects.toThrow(
      /chỉ cho phép đọc|chỉ đọc/,
    )
    expect(readFileSync(htmlPath, 'utf8')).toBe('bản cũ')
  })

  it('leaves no photo and no images folder when the page does not fit, and keeps the old page', async () => {
    const dir = tempDir()
    const htmlPath = join(dir, 'bai.html')
    writeFileSync(htmlPath, 'bản cũ')
    const fullForPage: FileSystem = {
      ...nodeFileSystem,
      async open(path, flags, mode) {
        if (path.endsWith('.soantin-tmp') && path.includes('.bai.html.'))
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
        return nodeFileSystem.open(path, flags, mode)
      },
    }
    const imagesDir = defaultImagesDir(htmlPath)
    await expect(
      writeHtmlExport({ report: photoReport(), htmlPath, imagesDir }, fullForPage),
    ).rejects.toThrow(/Ổ đĩa đã đầy, không lưu được "bai\.html"/)
    expect(readFileSync(htmlPath, 'utf8')).toBe('bản cũ')
    expect(readdirSync(dir)).toEqual(['bai.html'])
  })

  it('reports missing photos as warnings and still writes the page', async () => {
    const dir = tempDir()
    const r = report(figure('khong-co', 'Ảnh', 'Chú thích'))
    const htmlPath = join(dir, 'bai.html')
    const result = await writeHtmlExport({ report: r, htmlPath, imagesDir: defaultImagesDir(htmlPath) })
    expect(result.warnings).toHaveLength(1)
    expect(existsSync(htmlPath)).toBe(true)
    // No images to write: no empty folder either.
    expect(readdirSync(dir)).toEqual(['bai.html'])
  })
})
