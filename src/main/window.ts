import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  SECURE_WEB_PREFERENCES,
  isSafeExternalUrl,
  isTrustedRendererUrl,
  type AppEntry,
} from './security/policy'

export function appEntry(): AppEntry {
  return {
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    indexFileUrl: pathToFileURL(join(__dirname, '../renderer/index.html')).href,
  }
}

/** The one editor window, with every web preference locked down and navigation confined to the app. */
export function createMainWindow(entry: AppEntry): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Soạn Tin',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, '../preload/index.js') },
  })
  win.once('ready-to-show', () => win.show())
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, entry)) event.preventDefault()
  })
  win.webContents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, entry)) event.preventDefault()
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  if (entry.devServerUrl) void win.loadURL(entry.devServerUrl)
  else void win.loadFile(join(__dirname, '../renderer/index.html'))
  return win
}
