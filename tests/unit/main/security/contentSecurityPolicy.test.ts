import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  HEADER_ONLY_DIRECTIVES,
  META_CONTENT_SECURITY_POLICY,
} from '@main/security/policy'

const INDEX_HTML = join(__dirname, '../../../../src/renderer/index.html')

/** Directive name → its source list, as a browser splits a policy. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    expect(directives.has(name.toLowerCase()), `directive ${name} appears twice`).toBe(false)
    directives.set(name.toLowerCase(), sources)
  }
  return directives
}

function metaPolicies(html: string): string[] {
  const metas = html.match(/<meta\b[^>]*>/gi) ?? []
  return metas
    .filter((tag) => /http-equiv\s*=\s*"content-security-policy"/i.test(tag))
    .map((tag) => {
      const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)
      if (!content?.[1]) throw new Error(`CSP meta tag without content: ${tag}`)
      return content[1]
    })
}

const header = parseCsp(CONTENT_SECURITY_POLICY)
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:'])

describe('content security policy sent by main', () => {
  it('falls back to nothing: default-src is none', () => {
    expect(header.get('default-src')).toEqual(["'none'"])
  })

  it("runs scripts from the app only: script-src is exactly 'self'", () => {
    expect(header.get('script-src')).toEqual(["'self'"])
  })

  it.each(['object-src', 'base-uri', 'frame-ancestors', 'form-action'])("sets %s to 'none'", (name) => {
    expect(header.get(name)).toEqual(["'none'"])
  })

  it("never allows 'unsafe-eval', 'wasm-unsafe-eval', 'strict-dynamic' or hashes for scripts", () => {
    for (const sources of header.values()) {
      for (const banned of ["'unsafe-eval'", "'wasm-unsafe-eval'", "'strict-dynamic'", "'unsafe-hashes'"]) {
        expect(sources).not.toContain(banned)
      }
    }
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
      expect(header.get(name) ?? []).not.toContain("'unsafe-inline'")
    }
  })

  it('names no remote source: no host, no scheme beyond data: and blob:, no wildcard', () => {
    for (const [name, sources] of header) {
      for (const source of sources) {
        const allowed = LOCAL_SOURCES.has(source) || (name === 'style-src' && source === "'unsafe-inline'")
        expect(allowed, `${name} allows ${source}`).toBe(true)
      }
    }
  })

  it('lets data: and blob: only reach images, fonts and frames, never scripts, workers or connections', () => {
    for (const name of ['script-src', 'worker-src', 'connect-src', 'default-src', 'object-src']) {
      const sources = header.get(name) ?? []
      expect(sources).not.toContain('data:')
      expect(sources).not.toContain('blob:')
    }
  })
})

describe('content security policy in src/renderer/index.html', () => {
  const html = readFileSync(INDEX_HTML, 'utf8')
  const metas = metaPolicies(html)

  it('has exactly one CSP meta tag, placed before any script', () => {
    expect(metas).toHaveLength(1)
    const metaAt = html.search(/http-equiv\s*=\s*"content-security-policy"/i)
    const scriptAt = html.search(/<script\b/i)
    expect(metaAt).toBeGreaterThan(-1)
    if (scriptAt > -1) expect(metaAt).toBeLessThan(scriptAt)
  })

  it('matches the header policy, minus the directives a meta tag cannot carry', () => {
    const meta = parseCsp(metas[0] ?? '')
    const expected = new Map([...header].filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)))
    expect(meta).toEqual(expected)
    expect(parseCsp(META_CONTENT_SECURITY_POLICY)).toEqual(expected)
  })

  it('leaves frame-ancestors to the header, where browsers honour it', () => {
    expect(header.has('frame-ancestors')).toBe(true)
    expect(parseCsp(metas[0] ?? '').has('frame-ancestors')).toBe(false)
  })
})
