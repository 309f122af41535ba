import { describe, expect, it } from 'vitest'
import { caseName, expectedHref, LINK_CASES } from './linkCases'
import { REPORT_LINK_PATHS, WEB_LINK_PATHS, type LinkPath } from './linkPaths'

async function outcome(path: LinkPath, raw: string): Promise<string | boolean | null> {
  return path.run(raw)
}

function expectedFor(path: LinkPath, href: string | null): string | boolean | null {
  return path.kind === 'decides' ? href !== null : href
}

describe('one link policy on every path', () => {
  it.each(LINK_CASES.map((c) => [caseName(c), c] as const))('%s: every report path agrees', async (_n, c) => {
    const href = expectedHref(c)
    for (const [name, path] of Object.entries(REPORT_LINK_PATHS)) {
      expect(await outcome(path, c.raw), name).toEqual(expectedFor(path, href))
    }
  })

  it.each(LINK_CASES.map((c) => [caseName(c), c] as const))(
    '%s: main opens it iff a web link',
    async (_n, c) => {
      const href = expectedHref(c)
      const web = href?.startsWith('mailto:') ? null : href
      for (const [name, path] of Object.entries(WEB_LINK_PATHS)) {
        expect(await outcome(path, c.raw), name).toEqual(expectedFor(path, web))
      }
    },
  )
})
