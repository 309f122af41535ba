import { describe, expect, it } from 'vitest'
import { exportHtml, type HtmlExportOptions } from '@shared/export/html/exportHtml'
import { htmlCases } from './htmlCases'
import { attr, byTag, parseDocument, textNodes, textOf } from './htmlTree'

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

const CASES = new Map(htmlCases().map((c) => [c.name, c]))

function run(name: string, extra: HtmlExportOptions = {}) {
  const c = CASES.get(name)
  if (!c) throw new Error(`no case ${name}`)
  return exportHtml(c.report, { ...c.options, ...extra })
}

describe('images', () => {
  it('embeds the asset bytes exactly, as a data URI of its checked type', () => {
    const c = CASES.get('structure/full')
    const img = byTag(parseDocument(run('structure/full').html), 'img')[0]
    expect(img && attr(img, 'src')).toBe(`data:image/png;base64,${c?.report.assets['photo-1']?.data}`)
  })

  it('shows a visible placeholder and warns for a missing or broken image, and never embeds the bad bytes', () => {
    const missing = run('figure/missing')
    const fig = byTag(parseDocument(missing.html), 'figure')[0]
    expect(byTag(fig, 'img')).toHaveLength(0)
    expect(textOf(fig)).toContain('[Thiếu ảnh]')
    expect(byTag(fig, 'figcaption').map(textOf)).toEqual(['Chú thích'])
    expect(missing.warnings).toEqual([
      'Ảnh thứ 1 không còn trong bản thảo: trang web hiện ô giữ chỗ thay cho ảnh.',
    ])

    const broken = run('figure/broken')
    expect(broken.html).not.toContain(CASES.get('figure/broken')?.report.assets.bad?.data ?? '?')
    expect(byTag(parseDocument(broken.html), 'img')).toHaveLength(0)
    expect(broken.warnings).toHaveLength(1)
    expect(broken.warnings[0]).toContain('Ảnh thứ 1 bị hỏng')
    const texts = byTag(parseDocument(broken.html), 'p').map(textOf)
    expect(texts).toContain('Trước ảnh.')
    expect(texts).toContain('Sau ảnh.')
  })

  it('in files mode, names images in ASCII, links them relatively, and lists each asset once', () => {
    const out = run('figure/filesMode')
    expect(out.images.map((i) => [i.assetId, i.fileName, i.mime])).toEqual([
      ['a', '01-dong-chi-chu-tri-tai-dam-ha.png', 'image/png'],
      ['b', '02-anh.png', 'image/png'],
    ])
    for (const image of out.images) expect(image.fileName).toMatch(/^[a-z0-9.-]+$/)
    const srcs = byTag(parseDocument(out.html), 'img').map((i) => attr(i, 'src'))
    expect(srcs).toEqual([
      'bao-cao-anh/01-dong-chi-chu-tri-tai-dam-ha.png',
      'bao-cao-anh/02-anh.png',
      'bao-cao-anh/01-dong-chi-chu-tri-tai-dam-ha.png',
    ])
    expect(out.html).not.toContain('data:image')
    // A clean PNG is published byte for byte as stored.
    expect(Buffer.from(out.images[0]!.bytes).toString('base64')).toBe(
      CASES.get('figure/filesMode')?.report.assets.a?.data,
    )
  })
})

describe('malformed drafts', () => {
  it('loses no words when blocks and inline nodes turn up in the wrong place', () => {
    const out = run('malformed/nesting')
    const text = oneLine(textNodes(byTag(parseDocument(out.html), 'article')[0]).join(' '))
    for (const words of [
      'Chữ nằm ngay trong doc',
      'Đoạn chứa bảng lạc chỗ và tiếp',
      'hàng lạc chỗ',
      'mục lạc chỗ',
      'ô lạc chỗ',
      'đoạn trong danh sách',
      'đoạn trong bảng',
      'đoạn trong hàng',
      'trường lạ',
    ]) {
      expect(text).toContain(words)
    }
    expect(out.warnings).toEqual(['Bỏ qua một trường không có trong mẫu ("khongCo").'])
  })

  it('still has a title when the report has none, and no description when there is no text', () => {
    const doc = parseDocument(run('empty').html)
    expect(byTag(doc, 'title').map(textOf)).toEqual(['Báo cáo'])
    expect(byTag(doc, 'meta').filter((m) => attr(m, 'name') === 'description')).toHaveLength(0)
    expect(byTag(byTag(doc, 'article')[0], 'p')).toHaveLength(0)
    expect(byTag(doc, 'h1')).toHaveLength(0)
  })
})
