import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { IPC } from '@shared/ipc/contract'
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY } from '@main/security/policy'
import { builtApp, fetchThrough, ROOT, startMain, type Started } from './builtMainHarness'

describe('the built main bundle serves the renderer on app://', () => {
  let started: Started
  beforeAll(async () => {
    delete process.env.ELECTRON_RENDERER_URL
    started = await startMain(builtApp(), false)
  })

  it('registers the app scheme as privileged before ready, and never uses loadFile', () => {
    expect(started.shell.schemeRegistrations).toEqual([
      { schemes: [{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }], afterReady: false },
    ])
    const source = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8')
    expect(source).toContain('registerSchemesAsPrivileged')
    expect(source).not.toMatch(/\bloadFile\b/)
  })

  it('serves the built renderer on app:// with the CSP header, and nothing outside it', async () => {
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8')
    // Every asset index.html names, by its relative URL, resolved against the app origin.
    const assets = [...html.matchAll(/(?:src|href)="(\.\/assets\/[^"]+)"/g)].map((m) => m[1]!)
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) {
      const answer = await fetchThrough(started, new URL(asset, APP_INDEX_URL).href)
      expect(answer.status, asset).toBe(200)
      expect(answer.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(answer.headers.get('Content-Type')).toMatch(/^(text\/javascript|text\/css)/)
    }
    for (const outside of [
      'app://soantin/..%2Fmain%2Findex.js',
      'app://soantin/..%5Cpreload%5Cindex.js',
      'app://soantin/assets',
      'app://elsewhere/index.html',
    ]) {
      const answer = await fetchThrough(started, outside)
      expect(answer.status, outside).toBe(404)
      expect(answer.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    }
    expect((await fetchThrough(started, APP_INDEX_URL, 'POST')).status).toBe(405)
  })

  it('answers every file:// request of the session with a 404', async () => {
    for (const url of ['file:///etc/passwd', pathToFileURL(join(ROOT, 'out/renderer/index.html')).href]) {
      const answer = await fetchThrough(started, url)
      expect(answer.status, url).toBe(404)
      expect(await answer.text()).toBe('')
    }
  })
})

describe('the built main bundle in development', () => {
  it('loads a loopback dev server when running unpackaged, and trusts its pages', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    let started: Started
    try {
      started = await startMain(builtApp(), false)
    } finally {
      delete process.env.ELECTRON_RENDERER_URL
    }
    const win = started.shell.windows[0]!
    expect(win.loadedFile).toBeNull()
    expect(win.loadedUrl).toBe('http://localhost:5173/')
    const handler = started.shell.ipcHandlers.get(IPC.getAppInfo.channel)![0]!
    expect(
      await handler({ senderFrame: { url: 'http://localhost:5173/src/main.tsx' } }, undefined),
    ).toMatchObject({
      name: 'Soạn Tin',
    })
  })
})
