import {
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '@node/atomicWrite'
import { writeDocxExport } from '@node/docxExportFile'
import { readDraftFile, writeDraftFile } from '@node/draftFiles'
import { nodeFileSystem, type FileSystem } from '@node/fileSystem'
import { writeHtmlExport } from '@node/htmlExportFile'
import { SaveError } from '@node/saveErrors'
import { twoBridgePoints } from '../../fixtures/goldenCases'

const OLD = 'Nội dung cũ — bản đã lưu trước đó.\n'
const NEW = new TextEncoder().encode('Nội dung mới của báo cáo giao ban.\n'.repeat(50))
const NAME = 'Giao ban Thường trực Tỉnh ủy.soantin'

async function failure(write: Promise<unknown>): Promise<SaveError> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(SaveError)
  return error as SaveError
}

describe('saving through links', () => {
  let root: string
  /** Where the real files live ("Tài liệu") and where the officer's shortcuts are ("Màn hình"). */
  let real: string
  let links: string
  let target: string
  let link: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'soantin-links-'))
    real = join(root, 'Tài liệu')
    links = join(root, 'Màn hình')
    mkdirSync(real)
    mkdirSync(links)
    target = join(real, 'bản thật.soantin')
    link = join(links, NAME)
    writeFileSync(target, OLD)
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  /** The link is still a link to the same place, and no temp file is left in either folder. */
  function expectLinkKept(path: string, pointsTo: string): void {
    expect(lstatSync(path).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path)).toBe(pointsTo)
    for (const dir of [real, links]) {
      expect(readdirSync(dir).filter((n) => n.endsWith('.soantin-tmp'))).toEqual([])
    }
  }

  it('writes the real target of a symbolic link and keeps the link', async () => {
    symlinkSync(target, link)
    await writeFileAtomic(link, NEW)
    expect(readFileSync(target)).toEqual(Buffer.from(NEW))
    expectLinkKept(link, target)
    expect(readdirSync(links)).toEqual([NAME])
  })

  it('follows a relative symbolic link from the link’s own folder', async () => {
    symlinkSync('../Tài liệu/bản thật.soantin', link)
    await writeFileAtomic(link, NEW)
    expect(readFileSync(target)).toEqual(Buffer.from(NEW))
    expectLinkKept(link, '../Tài liệu/bản thật.soantin')
  })

  it('follows a chain of two links to the real file', async () => {
    const middle = join(real, 'lối tắt giữa.soantin')
    symlinkSync(target, middle)
    symlinkSync(middle, link)
    await writeFileAtomic(link, NEW)
    expect(readFileSync(target)).toEqual(Buffer.from(NEW))
    expectLinkKept(link, middle)
    expectLinkKept(middle, target)
  })

  it('creates the missing target of a dangling link, where the link points', async () => {
    rmSync(target)
    symlinkSync('../Tài liệu/bản thật.soantin', link)
    await writeFileAtomic(link, NEW)
    expect(readFileSync(target)).toEqual(Buffer.from(NEW))
    expectLinkKept(link, '../Tài liệu/bản thật.soantin')
  })

  it('explains a link loop and changes nothing', async () => {
    const other = join(real, 'vòng.soantin')
    symlinkSync(other, link)
    symlinkSync(link, other)
    const error = await failure(writeFileAtomic(link, NEW))
    expect(error.code).toBe('link-loop')
    expect(error.message).toBe(
      `"${NAME}" là một lối tắt (liên kết tượng trưng) trỏ vòng quanh, không dẫn tới tệp thật nào nên không lưu được. Không tệp nào bị thay đổi. Hãy dùng "Lưu thành…" để chọn chỗ lưu khác, hoặc sửa lại lối tắt.`,
    )
    expectLinkKept(link, other)
    expectLinkKept(other, link)
    expect(readFileSync(target, 'utf8')).toBe(OLD)
  })

  it('explains a link that points at itself', async () => {
    symlinkSync(NAME, link)
    const error = await failure(writeFileAtomic(link, NEW))
    expect(error.code).toBe('link-loop')
    expectLinkKept(link, NAME)
  })

  it('gives up on an endless chain even where the system does not report the loop', async () => {
    const missing = Object.assign(new Error('injected'), { code: 'ENOENT' })
    let hops = 0
    const endless: FileSystem = {
      ...nodeFileSystem,
      realpath: () => Promise.reject(missing),
      readlink: () => Promise.resolve(`liên kết ${++hops}`),
    }
    expect((await failure(writeFileAtomic(link, NEW, endless))).code).toBe('link-loop')
    expect(hops).toBeLessThan(100)
    expect(readdirSync(links)).toEqual([])
  })

  it('refuses a hard-linked file instead of splitting it, and both names keep the old bytes', async () => {
    const second = join(links, NAME)
    linkSync(target, second)
    const error = await failure(writeFileAtomic(second, NEW))
    expect(error.code).toBe('hard-linked')
    expect(error.message).toBe(
      `Tệp "${NAME}" có 2 tên cùng trỏ vào một nội dung (liên kết cứng); lưu đè sẽ tách chúng thành những tệp khác nhau nên không được ghi. Tệp cũ vẫn còn nguyên. Hãy dùng "Lưu thành…" để lưu thành tệp khác.`,
    )
    expect(readFileSync(target, 'utf8')).toBe(OLD)
    expect(readFileSync(second, 'utf8')).toBe(OLD)
    expect(statSync(second).ino).toBe(statSync(target).ino)
    expect(readdirSync(links)).toEqual([NAME])
    expect(readdirSync(real)).toEqual(['bản thật.soantin'])
  })

  it('refuses a symbolic link whose target is hard-linked', async () => {
    linkSync(target, join(real, 'bản sao cứng.soantin'))
    symlinkSync(target, link)
    expect((await failure(writeFileAtomic(link, NEW))).code).toBe('hard-linked')
    expect(readFileSync(join(real, 'bản sao cứng.soantin'), 'utf8')).toBe(OLD)
    expectLinkKept(link, target)
  })

  it('saves a draft through a link: the real draft reads back with the new content', async () => {
    symlinkSync(target, link)
    const report = twoBridgePoints()
    const stamp = await writeDraftFile(link, report)
    expectLinkKept(link, target)
    const back = await readDraftFile(target)
    expect(back.ok && back.sha256).toBe(stamp.sha256)
    expect(back.ok && back.report).toEqual(report)
  })

  it('refuses to save a hard-linked draft', async () => {
    linkSync(target, link)
    expect((await failure(writeDraftFile(link, twoBridgePoints()))).code).toBe('hard-linked')
    expect(readFileSync(link, 'utf8')).toBe(OLD)
  })

  it('exports a DOCX through a link into the real file', async () => {
    const docx = join(real, 'báo cáo.docx')
    writeFileSync(docx, OLD)
    const docxLink = join(links, 'báo cáo.docx')
    symlinkSync(docx, docxLink)
    const result = await writeDocxExport({ report: twoBridgePoints(), docxPath: docxLink })
    expectLinkKept(docxLink, docx)
    const bytes = readFileSync(docx)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(bytes.length).toBe(result.byteLength)
  })

  it('exports HTML through a link into the real file', async () => {
    const html = join(real, 'báo cáo.html')
    writeFileSync(html, OLD)
    const htmlLink = join(links, 'báo cáo.html')
    symlinkSync('../Tài liệu/báo cáo.html', htmlLink)
    await writeHtmlExport({ report: twoBridgePoints(), htmlPath: htmlLink })
    expectLinkKept(htmlLink, '../Tài liệu/báo cáo.html')
    expect(readFileSync(html, 'utf8')).toContain('Giao ban Thường trực Tỉnh ủy')
  })

  it('refuses to export over a hard-linked HTML file', async () => {
    const html = join(real, 'báo cáo.html')
    writeFileSync(html, OLD)
    linkSync(html, join(links, 'báo cáo.html'))
    const error = await failure(writeHtmlExport({ report: twoBridgePoints(), htmlPath: html }))
    expect(error.code).toBe('hard-linked')
    expect(readFileSync(join(links, 'báo cáo.html'), 'utf8')).toBe(OLD)
  })
})
