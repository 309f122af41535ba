import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY } from '@main/security/policy'
import { contentTypeFor, rendererFilePath, rendererResponse } from '@main/security/rendererFiles'

// A built renderer folder and, beside it, files that must never be served.
const scratch = mkdtempSync(join(tmpdir(), 'soantin-renderer-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const root = join(scratch, 'out', 'renderer')
const files: Record<string, string> = {
  'out/renderer/index.html': '<!doctype html><title>Soạn Tin</title>',
  'out/renderer/assets/index-abc.js': 'console.log(1)',
  'out/renderer/assets/index-abc.css': 'body{}',
  'out/renderer/assets/Tên có dấu.png': 'png',
  'out/renderer-evil/steal.js': 'evil()',
  'out/main/index.js': 'main()',
  'secret.txt': 'mật khẩu',
}
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(scratch, path)), { recursive: true })
  writeFileSync(join(scratch, path), text)
}
const canLink = process.platform !== 'win32'
if (canLink) {
  symlinkSync(join(scratch, 'secret.txt'), join(root, 'assets', 'leak.txt'))
  symlinkSync(join(scratch, 'out', 'main'), join(root, 'assets', 'main-dir'), 'dir')
  symlinkSync(join(scratch, 'out', 'renderer-evil'), join(root, 'sibling'), 'dir')
  symlinkSync(join(root, 'assets', 'index-abc.js'), join(root, 'alias.js'))
}

const get = (url: string) => rendererResponse(root, url, 'GET')
const text = (body: Uint8Array | null) => new TextDecoder().decode(body ?? new Uint8Array())

describe('serving the built renderer on app://soantin', () => {
  it('serves index.html with the CSP as a header, nosniff and its type', async () => {
    const answer = await get('app://soantin/index.html')
    expect(answer.status).toBe(200)
    expect(text(answer.body)).toBe(files['out/renderer/index.html'])
    expect(answer.headers).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'text/html; charset=utf-8',
    })
  })

  it.each([
    ['app://soantin/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://soantin/assets/index-abc.css?v=1#x', 'text/css; charset=utf-8', 'body{}'],
    ['app://soantin/assets/T%C3%AAn%20c%C3%B3%20d%E1%BA%A5u.png', 'image/png', 'png'],
  ])('serves %s as %s', async (url, type, body) => {
    const answer = await get(url)
    expect(answer.status).toBe(200)
    expect(answer.headers['Content-Type']).toBe(type)
    expect(text(answer.body)).toBe(body)
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rendererResponse(root, 'app://soantin/index.html', 'HEAD')
    expect(head).toMatchObject({ status: 200, body: null })
    const post = await rendererResponse(root, 'app://soantin/index.html', 'POST')
    expect(post).toMatchObject({ status: 405, body: null, headers: { Allow: 'GET, HEAD' } })
    expect(post.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it.each([
    ['a missing file', 'app://soantin/nope.js'],
    ['the folder itself', 'app://soantin/'],
    ['a folder inside it', 'app://soantin/assets'],
    ['a folder with a trailing slash', 'app://soantin/assets/'],
    ['an encoded ../', 'app://soantin/assets/..%2F..%2Fmain%2Findex.js'],
    ['an encoded ..\\', 'app://soantin/assets/..%5C..%5Cmain%5Cindex.js'],
    ['a doubly encoded ..', 'app://soantin/%252e%252e/secret.txt'],
    ['an encoded slash inside a name', 'app://soantin/assets%2Findex-abc.js'],
    ['an absolute path after a double slash', 'app://soantin//etc/passwd'],
    ['an encoded absolute path', `app://soantin/${encodeURIComponent(join(scratch, 'secret.txt'))}`],
    ['a drive letter', 'app://soantin/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://soantin/C%3A%5CWindows%5Cwin.ini'],
    ['dots Windows would trim to ..', 'app://soantin/.../secret.txt'],
    ['a NUL byte', 'app://soantin/index.html%00.js'],
    ['broken percent-encoding', 'app://soantin/%E0%A4%A'],
    ['another host', 'app://attacker/index.html'],
    ['a port', 'app://soantin:1234/index.html'],
    ['credentials', 'app://u:p@soantin/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL', 'index.html'],
  ])('answers 404 for %s, with the same headers', async (_what, url) => {
    const answer = await get(url)
    expect(answer.status).toBe(404)
    expect(answer.body).toBeNull()
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(answer.headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it('keeps a URL that a parser resolves (.. and %2e%2e) inside the folder', async () => {
    // WHATWG parsing folds these away before the handler sees them: they can only reach index.html.
    for (const url of ['app://soantin/../../secret.txt', 'app://soantin/%2e%2e/%2E%2E/index.html']) {
      const path = rendererFilePath(root, url)
      expect(path === null || path.startsWith(root)).toBe(true)
    }
    expect((await get('app://soantin/../../secret.txt')).status).toBe(404)
    expect((await get('app://soantin/assets/../index.html')).status).toBe(200)
  })

  it.runIf(canLink)('follows a symlink only when it ends inside the folder', async () => {
    expect((await get('app://soantin/assets/leak.txt')).status).toBe(404)
    expect((await get('app://soantin/assets/main-dir/index.js')).status).toBe(404)
    // A sibling whose name starts like the folder's ("renderer-evil") is still outside it.
    expect((await get('app://soantin/sibling/steal.js')).status).toBe(404)
    const alias = await get('app://soantin/alias.js')
    expect(alias.status).toBe(200)
    expect(text(alias.body)).toBe('console.log(1)')
  })

  it('gives unknown kinds a type nosniff keeps inert', () => {
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream')
    expect(contentTypeFor('X.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('font.woff2')).toBe('font/woff2')
  })
})

describe('privileges of the app scheme', () => {
  it('is a standard, secure scheme that can fetch and cache its own modules', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      codeCache: true,
    })
  })

  it('never bypasses the CSP, opens itself to other origins, or runs service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      bypassCSP: false,
      corsEnabled: false,
      allowServiceWorkers: false,
      stream: false,
    })
  })
})
