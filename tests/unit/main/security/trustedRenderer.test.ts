import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appEntryFor } from '@main/security/appEntry'
import { isTrustedRendererUrl, type AppEntry } from '@main/security/policy'

const INDEX_PATH = join('/opt', 'Soạn Tin', 'resources', 'app.asar', 'out', 'renderer', 'index.html')
const INDEX_URL = pathToFileURL(INDEX_PATH).href
const BUILT: AppEntry = { indexFileUrl: INDEX_URL }
const DEV: AppEntry = { indexFileUrl: INDEX_URL, devServerUrl: 'http://localhost:5173/' }

describe('which pages count as the app (IPC senders, navigation)', () => {
  it('trusts the built index.html, with or without a hash or query', () => {
    expect(isTrustedRendererUrl(INDEX_URL, BUILT)).toBe(true)
    expect(isTrustedRendererUrl(`${INDEX_URL}#/report`, BUILT)).toBe(true)
    expect(isTrustedRendererUrl(`${INDEX_URL}?lang=vi`, BUILT)).toBe(true)
  })

  it.each([
    ['another local file', pathToFileURL('/home/user/Downloads/index.html').href],
    ['a sibling of index.html', INDEX_URL.replace('index.html', 'evil.html')],
    ['the same path on a network share', INDEX_URL.replace('file:///', 'file://attacker/')],
    ['a web page', 'https://example.com/index.html'],
    ['a data: page', 'data:text/html,<h1>x</h1>'],
    ['about:blank', 'about:blank'],
    ['an empty sender URL', ''],
    ['the dev server when not in development', 'http://localhost:5173/'],
  ])('refuses %s', (_what, url) => {
    expect(isTrustedRendererUrl(url, BUILT)).toBe(false)
  })

  it('trusts the dev server origin in development, and only that origin', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true)
    expect(isTrustedRendererUrl('http://localhost:5174/', DEV)).toBe(false)
    expect(isTrustedRendererUrl('https://localhost:5173/', DEV)).toBe(false)
    expect(isTrustedRendererUrl('http://127.0.0.1:5173/', DEV)).toBe(false)
  })
})

describe('where the app loads its page from', () => {
  it('uses the built index.html when packaged, whatever the environment says', () => {
    const entry = appEntryFor({
      isPackaged: true,
      devServerUrl: 'http://localhost:5173',
      indexFilePath: INDEX_PATH,
    })
    expect(entry).toEqual({ indexFileUrl: INDEX_URL })
  })

  it('uses a loopback dev server when running unpackaged', () => {
    for (const url of ['http://localhost:5173', 'http://127.0.0.1:5173/', 'http://[::1]:5173/']) {
      const entry = appEntryFor({ isPackaged: false, devServerUrl: url, indexFilePath: INDEX_PATH })
      expect(entry.devServerUrl).toBe(new URL(url).href)
      expect(entry.indexFileUrl).toBe(INDEX_URL)
    }
  })

  it.each([
    'https://attacker.example/',
    'http://192.168.1.10:5173/',
    'http://localhost.attacker.example/',
    'file:///tmp/index.html',
    'javascript:alert(1)',
    'http://user:pw@localhost:5173/',
    'not a url',
  ])('ignores a dev server URL that is not a loopback http(s) address: %s', (url) => {
    const entry = appEntryFor({ isPackaged: false, devServerUrl: url, indexFilePath: INDEX_PATH })
    expect(entry).toEqual({ indexFileUrl: INDEX_URL })
  })

  it('uses the built page when no dev server is set', () => {
    expect(appEntryFor({ isPackaged: false, devServerUrl: undefined, indexFilePath: INDEX_PATH })).toEqual({
      indexFileUrl: INDEX_URL,
    })
  })
})
