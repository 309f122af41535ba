import type { BodyMark, BodyNode } from '../../../../src/shared/model/body'
import { createEmptyReport, type Report } from '../../../../src/shared/model/report'

type Inline = BodyNode | string

const inline = (parts: Inline[]): BodyNode[] =>
  parts.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part))

/** Tiny builders over the stored body shape, so cases read like the document they describe. */
export const b = {
  doc: (...content: BodyNode[]): BodyNode => ({ type: 'doc', content }),
  p: (...parts: Inline[]): BodyNode => ({ type: 'paragraph', content: inline(parts) }),
  pa: (attrs: Record<string, unknown>, ...parts: Inline[]): BodyNode => ({
    type: 'paragraph',
    attrs,
    content: inline(parts),
  }),
  h: (level: number, text: string): BodyNode => ({
    type: 'heading',
    attrs: { level },
    content: inline([text]),
  }),
  text: (text: string, ...marks: BodyMark[]): BodyNode => ({ type: 'text', text, marks }),
  bold: { type: 'bold' } as BodyMark,
  italic: { type: 'italic' } as BodyMark,
  link: (href: string): BodyMark => ({ type: 'link', attrs: { href } }),
  br: (): BodyNode => ({ type: 'hardBreak' }),
  field: (name: string): BodyNode => ({ type: 'field', attrs: { name } }),
  ul: (...items: BodyNode[]): BodyNode => ({ type: 'bulletList', content: items }),
  ol: (...items: BodyNode[]): BodyNode => ({
    type: 'orderedList',
    attrs: { start: 1, type: null },
    content: items,
  }),
  li: (...content: Array<BodyNode | string>): BodyNode => ({
    type: 'listItem',
    content: content.map((c) => (typeof c === 'string' ? b.p(c) : c)),
  }),
  table: (...rows: BodyNode[]): BodyNode => ({ type: 'table', content: rows }),
  tr: (...cells: BodyNode[]): BodyNode => ({ type: 'tableRow', content: cells }),
  th: (text: string, attrs: Record<string, unknown> = {}): BodyNode => ({
    type: 'tableHeader',
    attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
    content: [b.p(text)],
  }),
  td: (text: string, attrs: Record<string, unknown> = {}): BodyNode => ({
    type: 'tableCell',
    attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
    content: [b.p(text)],
  }),
  figure: (assetId: string, caption: Inline[], attrs: Record<string, unknown> = {}): BodyNode => ({
    type: 'figure',
    attrs: { assetId, alt: '', ...attrs },
    content: inline(caption),
  }),
  block: (type: 'themeHeader' | 'reportTitle' | 'byline'): BodyNode => ({ type }),
  bridgePoints: (pattern = '', patternNoChair = ''): BodyNode => ({
    type: 'bridgePoints',
    attrs: { pattern, patternNoChair },
  }),
}

/** A report with the seed's facts filled in and the given body. */
export function reportWith(body: BodyNode, assets: Report['assets'] = {}): Report {
  const report = createEmptyReport({ id: 'docx-case', now: new Date('2022-09-19T10:30:00Z') })
  report.fields = {
    ...report.fields,
    themeHeader: {
      text: 'Chủ đề công tác năm 2022: "Đoàn kết, kỷ cương, đổi mới, phát triển"',
      overridden: true,
    },
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
  report.body = body
  report.assets = assets
  return report
}
