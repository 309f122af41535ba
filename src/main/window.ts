import { app, BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { appEntryFor } from './security/appEntry'
import { isTrustedRendererUrl, safeExternalUrl, WEB_LINK_REFUSED, type AppEntry } from './security/policy'
import { newMainWindow } from './security/windowOptions'

/** Where this build loads its page from: `app://soantin/index.html`, the dev server only when unpackaged. */
export function appEntry(): AppEntry {
  return appEntryFor({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL })
}

/**
 * Opens a vetted http(s) link in the system browser; anything else is refused. The one place the app
 * calls `shell.openExternal`, so every link (IPC request or clicked link) goes through the same check.
 */
export async function openWebLink(raw: string): Promise<void> {
  const url = safeExternalUrl(raw)
  if (url === null) throw new Error(WEB_LINK_REFUSED)
  // Electronegativity flags every non-constant openExternal for review; reviewed: `url` passed
  // safeExternalUrl just above (the link policy's web scope) and is its normalised form.
  await shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
}

/** The one editor window, with every web preference locked down and navigation confined to the app. */
export function createMainWindow(entry: AppEntry): BrowserWindow {
  const win = newMainWindow(BrowserWindow, join(__dirname, '../preload/index.js'))
  win.once('ready-to-show', () => win.show())
  win.webContents.setWindowOpenHandler(({ url }) => {
    openWebLink(url).catch(() => undefined)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, entry)) event.preventDefault()
  })
  win.webContents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, entry)) event.preventDefault()
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  // Never loadFile: a file:// page would make the CSP's 'self' mean any local file (see appProtocol.ts).
  void win.loadURL(entry.devServerUrl ?? entry.indexUrl)
  return win
}
