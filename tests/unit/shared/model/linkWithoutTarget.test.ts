import { describe, expect, it } from 'vitest'
import { parseReportText, serializeReport } from '@shared/model'
import { bold, draft, link, p, t } from '../../../fixtures/builders'

/** A draft whose one paragraph is "Xem tại đây" with these marks on "đây". */
function draftWithMarks(marks: unknown[]): string {
  const raw = JSON.parse(serializeReport(draft({ id: 'r1' }, p('Xem tại ', t('đây', bold))))) as {
    body: { content: Array<{ content: Array<{ marks?: unknown[] }> }> }
  }
  raw.body.content[0]!.content[1]!.marks = marks
  return JSON.stringify(raw)
}

describe('a link mark without a text target in a draft', () => {
  it.each([
    ['a number', { type: 'link', attrs: { href: 42 } }],
    ['null', { type: 'link', attrs: { href: null } }],
    ['no href', { type: 'link', attrs: {} }],
    ['no attrs', { type: 'link' }],
  ])('opens with the text kept and the link dropped (%s)', (_name, mark) => {
    const parsed = parseReportText(draftWithMarks([bold, mark]))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.report.body).toEqual(draft({ id: 'r1' }, p('Xem tại ', t('đây', bold))).body)
    expect(parsed.repaired).toBe(1)
  })

  it('keeps a link with a text target as it was', () => {
    const parsed = parseReportText(draftWithMarks([link('https://baochinhphu.vn/')]))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.report.body).toEqual(
      draft({ id: 'r1' }, p('Xem tại ', t('đây', link('https://baochinhphu.vn/')))).body,
    )
  })
})
