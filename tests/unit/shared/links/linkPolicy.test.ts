import { describe, expect, it } from 'vitest'
import { judgeLink } from '@shared/links/linkPolicy'
import { caseName, expectedHref, LINK_CASES } from './linkCases'

describe('the link policy', () => {
  it.each(LINK_CASES.map((c) => [caseName(c), c] as const))('judges %s', (_name, c) => {
    expect(judgeLink(c.raw)).toEqual(
      'href' in c.expected
        ? { href: c.expected.href, refusal: null }
        : { href: null, refusal: c.expected.refusal },
    )
  })

  it('gives a normalised target back unchanged, so judging twice (as HTML does) changes nothing', () => {
    for (const c of LINK_CASES) {
      const href = expectedHref(c)
      if (href !== null) expect(judgeLink(href).href, caseName(c)).toBe(href)
    }
  })

  it('keeps mail links out of the web scope, and judges web links there exactly as in reports', () => {
    expect(judgeLink('mailto:a@b.vn', 'web')).toEqual({ href: null, refusal: 'scheme' })
    expect(judgeLink('MAILTO:a@b.vn', 'web').refusal).toBe('scheme')
    for (const c of LINK_CASES.filter((x) => !/^\s*mailto:/i.test(x.raw))) {
      expect(judgeLink(c.raw, 'web'), caseName(c)).toEqual(judgeLink(c.raw))
    }
  })

  it('refuses a target that is not text, as a draft on disk may hold', () => {
    for (const raw of [42, null, undefined, { href: 'https://a.vn/' }, ['https://a.vn/']]) {
      expect(judgeLink(raw)).toEqual({ href: null, refusal: 'empty' })
    }
  })
})
