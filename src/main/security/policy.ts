/**
 * The window's security settings and the checks main applies to navigation, links and IPC senders.
 * Kept free of Electron so a unit test can assert every setting.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const

/**
 * No remote content at all: scripts only from the app itself, images only from the app, data: and
 * blob: (embedded photos), frames only for the sandboxed srcdoc previews.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: data:",
  "child-src 'self' blob: data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Only plain web links leave the app, and only through the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false
  if (url.username || url.password) return false
  return url.hostname.length > 0
}

export interface AppEntry {
  devServerUrl?: string
  indexFileUrl: string
}

/** True when an IPC message or navigation comes from the app's own renderer page. */
export function isTrustedRendererUrl(raw: string, entry: AppEntry): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (entry.devServerUrl) {
    const dev = new URL(entry.devServerUrl)
    if (url.origin === dev.origin) return true
  }
  const index = new URL(entry.indexFileUrl)
  return url.protocol === 'file:' && url.pathname === index.pathname
}
