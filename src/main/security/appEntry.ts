import { pathToFileURL } from 'node:url'
import type { AppEntry } from './policy'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

interface AppEntryInput {
  /** `app.isPackaged`: an installed app never loads its page from a server. */
  isPackaged: boolean
  /** `ELECTRON_RENDERER_URL`, set by `electron-vite dev`. */
  devServerUrl: string | undefined
  /** Absolute path of the built `renderer/index.html`. */
  indexFilePath: string
}

/**
 * Decides where the renderer page comes from. The dev server is used only when running unpackaged and
 * only on a loopback http(s) address, so an environment variable can never point the installed app (and
 * its preload API) at a remote page.
 */
export function appEntryFor(input: AppEntryInput): AppEntry {
  const indexFileUrl = pathToFileURL(input.indexFilePath).href
  if (input.isPackaged || !input.devServerUrl) return { indexFileUrl }
  let dev: URL
  try {
    dev = new URL(input.devServerUrl)
  } catch {
    return { indexFileUrl }
  }
  const isHttp = dev.protocol === 'http:' || dev.protocol === 'https:'
  if (!isHttp || !LOOPBACK_HOSTS.has(dev.hostname) || dev.username || dev.password) return { indexFileUrl }
  return { devServerUrl: dev.href, indexFileUrl }
}
