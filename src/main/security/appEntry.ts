import { APP_INDEX_URL, type AppEntry } from './policy'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

interface AppEntryInput {
  /** `app.isPackaged`: an installed app never loads its page from a server. */
  isPackaged: boolean
  /** `ELECTRON_RENDERER_URL`, set by `electron-vite dev`. */
  devServerUrl: string | undefined
}

/**
 * Decides where the renderer page comes from. The dev server is used only when running unpackaged and
 * only on a loopback http(s) address, so an environment variable can never point the installed app (and
 * its preload API) at a remote page. Otherwise it is the built page on the app scheme, never file://.
 */
export function appEntryFor(input: AppEntryInput): AppEntry {
  const indexUrl = APP_INDEX_URL
  if (input.isPackaged || !input.devServerUrl) return { indexUrl }
  let dev: URL
  try {
    dev = new URL(input.devServerUrl)
  } catch {
    return { indexUrl }
  }
  const isHttp = dev.protocol === 'http:' || dev.protocol === 'https:'
  if (!isHttp || !LOOPBACK_HOSTS.has(dev.hostname) || dev.username || dev.password) return { indexUrl }
  return { devServerUrl: dev.href, indexUrl }
}
