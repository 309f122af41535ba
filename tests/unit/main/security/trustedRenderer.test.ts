import { describe, expect, it } from 'vitest'
import { appEntryFor } from '@main/security/appEntry'
import { APP_INDEX_URL, isTrustedRendererUrl, type AppEntry } from '@main/security/policy'

const BUILT: AppEntry = { indexUrl: APP_INDEX_URL }
const DEV: AppEntry = { indexUrl: APP_INDEX_URL, devServerUrl: 'http://localhost:5173/' }

describe('which pages count as the app (IPC senders, navigation)', () => {
  it('is the built index.html on the app scheme', () => {
    expect(APP_INDEX_URL).toBe('app://soantin/index.html')
  })

  it('trusts the built index.html, with or without a hash or query', () => {
    expect(isTrustedRendererUrl(APP_INDEX_URL, BUILT)).toBe(true)
    expect(isTrustedRendererUrl(`${APP_INDEX_URL}#/report`, BUILT)).toBe(true)
    expect(isTrustedRendererUrl(`${APP_INDEX_URL}?lang=vi`, BUILT)).toBe(true)
  })

  it.each([
    [
      'the installed index.html over file://',
      'file:///opt/So%E1%BA%A1n%20Tin/resources/app.asar/out/renderer/index.html',
    ],
    ['any file:// page', 'file:///home/user/Downloads/index.html'],
    ['a file:// page on a network share', 'file://attacker/share/index.html'],
    ['a sibling of index.html', 'app://soantin/evil.html'],
    ['an asset of the app', 'app://soantin/assets/index.js'],
    ['the app scheme with another host', 'app://attacker/index.html'],
    ['the app scheme with a port', 'app://soantin:8080/index.html'],
    ['the app scheme with credentials', 'app://user:pw@soantin/index.html'],
    ['another scheme with the same host and path', 'https://soantin/index.html'],
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
    expect(isTrustedRendererUrl('file:///tmp/index.html', DEV)).toBe(false)
  })
})

describe('where the app loads its page from', () => {
  it('uses the app scheme when packaged, whatever the environment says', () => {
    const entry = appEntryFor({ isPackaged: true, devServerUrl: 'http://localhost:5173' })
    expect(entry).toEqual({ indexUrl: APP_INDEX_URL })
  })

  it('uses a loopback dev server when running unpackaged', () => {
    for (const url of ['http://localhost:5173', 'http://127.0.0.1:5173/', 'http://[::1]:5173/']) {
      const entry = appEntryFor({ isPackaged: false, devServerUrl: url })
      expect(entry.devServerUrl).toBe(new URL(url).href)
      expect(entry.indexUrl).toBe(APP_INDEX_URL)
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
    expect(appEntryFor({ isPackaged: false, devServerUrl: url })).toEqual({ indexUrl: APP_INDEX_URL })
  })

  it('uses the built page when no dev server is set', () => {
    expect(appEntryFor({ isPackaged: false, devServerUrl: undefined })).toEqual({ indexUrl: APP_INDEX_URL })
  })
})
