import { describe, expect, it } from 'vitest'
import { parseReportText, serializeReport } from '@shared/model'
import { draft, field, link, p, t } from '../../../fixtures/builders'

type RawDraft = { body: { content: Array<{ content: Array<Record<string, unknown>> }> } }

/** The draft `Chủ trì: {chairName}` with the field's attrs (or its marks) replaced. */
function rawDraft(edit: (field: Record<string, unknown>) => void): string {
  const raw = JSON.parse(serializeReport(draft({ id: 'r1' }, p('Chủ trì: ', field('chairName'))))) as RawDraft
  edit(raw.body.content[0]!.content[1]!)
  return JSON.stringify(raw)
}

describe('attributes that cannot become text in a draft', () => {
  it.each([
    ['an object with a broken toString', { toString: 0 }],
    ['a plain object', { a: 1 }],
    ['a nested list', [['chairName']]],
  ])('a field whose name is %s opens without that attribute', (_name, value) => {
    const parsed = parseReportText(rawDraft((node) => (node.attrs = { name: value })))
    if (!parsed.ok) throw new Error(parsed.message)
    const node = parsed.report.body.content?.[0]?.content?.[1]
    expect(node).toEqual({ type: 'field', attrs: {} })
    expect(parsed.repaired).toBe(1)
    // What the editor and the exporters do with it: turn every attribute into text, without throwing.
    expect(() => Object.values(node?.attrs ?? {}).map(String)).not.toThrow()
  })

  it('keeps strings, numbers, booleans, null and lists of them', () => {
    const attrs = { name: 'chairName', n: 2, b: true, z: null, widths: [120, null] }
    const parsed = parseReportText(rawDraft((node) => (node.attrs = attrs)))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.report.body.content?.[0]?.content?.[1]?.attrs).toEqual(attrs)
    expect(parsed.repaired).toBe(0)
  })

  it('drops an object attribute of a mark and keeps the mark', () => {
    const raw = JSON.parse(
      serializeReport(draft({ id: 'r1' }, p(t('đây', link('https://baochinhphu.vn/'))))),
    ) as RawDraft
    const run = raw.body.content[0]!.content[0]!
    run.marks = [{ type: 'link', attrs: { href: 'https://baochinhphu.vn/', target: { x: 1 } } }]
    const parsed = parseReportText(JSON.stringify(raw))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.report.body.content?.[0]?.content?.[0]?.marks).toEqual([
      { type: 'link', attrs: { href: 'https://baochinhphu.vn/' } },
    ])
    expect(parsed.repaired).toBe(1)
  })
})
