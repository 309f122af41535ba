import type { BodyMark, BodyNode } from '../../../../src/shared/model/body'
import { createEmptyReport, type Report } from '../../../../src/shared/model/report'
import { photoPng } from '../../../fixtures/pngImage'

/** Tiny builders over the real body schema's node names. */
export const t = (text: string, ...marks: BodyMark[]): BodyNode => ({
  type: 'text',
  text,
  ...(marks.length ? { marks } : {}),
})
export const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content })
export const pa = (attrs: Record<string, unknown>, ...content: BodyNode[]): BodyNode => ({
  type: 'paragraph',
  attrs,
  content,
})
export const field = (name: string): BodyNode => ({ type: 'field', attrs: { name } })
export const br = (): BodyNode => ({ type: 'hardBreak' })
export const h = (level: number, ...content: BodyNode[]): BodyNode => ({
  type: 'heading',
  attrs: { level },
  content,
})
export const bold: BodyMark = { type: 'bold' }
export const italic: BodyMark = { type: 'italic' }
export const link = (href: string): BodyMark => ({ type: 'link', attrs: { href } })
export const li = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content })
export const ul = (...items: BodyNode[]): BodyNode => ({ type: 'bulletList', content: items })
export const ol = (start: number, ...items: BodyNode[]): BodyNode => ({
  type: 'orderedList',
  attrs: { start },
  content: items,
})
export const cell = (text: string, attrs?: Record<string, unknown>): BodyNode => ({
  type: 'tableCell',
  ...(attrs ? { attrs } : {}),
  content: [p(t(text))],
})
export const th = (text: string, attrs?: Record<string, unknown>): BodyNode => ({
  type: 'tableHeader',
  ...(attrs ? { attrs } : {}),
  content: [p(t(text))],
})
export const tr = (...cells: BodyNode[]): BodyNode => ({ type: 'tableRow', content: cells })
export const table = (...rows: BodyNode[]): BodyNode => ({ type: 'table', content: rows })
export const figure = (assetId: string, alt: string, ...caption: BodyNode[]): BodyNode => ({
  type: 'figure',
  attrs: { assetId, alt },
  content: caption,
})
export const block = (type: 'themeHeader' | 'reportTitle' | 'byline'): BodyNode => ({ type })
export const bridgePoints = (pattern = '', patternNoChair = ''): BodyNode => ({
  type: 'bridgePoints',
  attrs: { pattern, patternNoChair },
})

/** A filled-in report whose body is the given blocks. */
export function report(...blocks: BodyNode[]): Report {
  const r = createEmptyReport({ id: 'test', now: new Date('2022-09-19T08:00:00Z') })
  r.fields = {
    ...r.fields,
    themeHeader: { text: 'Chủ đề công tác năm 2022: "Đoàn kết, kỷ cương"', overridden: false },
    title: 'Giao ban Thường trực Tỉnh ủy',
    meetingDate: '2022-09-19',
    presidingBody: 'Thường trực Tỉnh ủy',
    chair: {
      name: 'Nguyễn Xuân Ký',
      titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'],
      separator: 'comma',
    },
    byline: { prefix: '', author: 'Thu Hiền', unit: 'Trung tâm TT-VH' },
  }
  r.body = { type: 'doc', content: blocks }
  return r
}

/** Adds a real PNG asset to the report and returns its id. */
export function withPhoto(r: Report, id: string, name = 'Ảnh hội nghị.png', seed = 1): string {
  r.assets[id] = {
    mime: 'image/png',
    data: photoPng(48, 32, seed).toString('base64'),
    name,
    width: 48,
    height: 32,
  }
  return id
}
