import { judgeLink } from '@shared/links/linkPolicy'

/**
 * The Content-Security-Policy and the checks main applies to navigation, links and IPC senders.
 * Kept free of Electron so unit tests can assert every rule.
 */

/**
 * No remote content at all: scripts only from the app itself; images and fonts from the app, data: and
 * blob: (embedded photos); frames only for the sandboxed previews. Styles allow 'unsafe-inline' because
 * the editor writes `style="text-align: …"` attributes and TipTap injects its base stylesheet.
 */
const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-src': ["'self'", 'blob:', 'data:'],
  'child-src': ["'self'", 'blob:', 'data:'],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

/** Directives a `<meta http-equiv>` policy ignores (CSP3 §6.1): only the response header can carry them. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox']

/** Joins directives into the policy text, in the order given. */
function formatCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** The policy main sends as a response header with everything the app loads. */
export const CONTENT_SECURITY_POLICY = formatCsp(CSP_DIRECTIVES)

/** The same policy as `src/renderer/index.html` must carry it in its meta tag (header-only directives left out). */
export const META_CONTENT_SECURITY_POLICY = formatCsp(
  Object.fromEntries(
    Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)),
  ),
)

/** What main answers when a link may not leave the app. */
export const WEB_LINK_REFUSED = 'Chỉ mở được liên kết web (http, https).'
export const WEB_LINK_REFUSED_EN = 'Only web links (http, https) can be opened.'

/**
 * The link as it may be handed to the system browser, or null when it must not leave the app: the
 * report link policy in its `web` scope (no mailto:). Returns the normalised form, so what is opened
 * is exactly what was checked.
 */
export function safeExternalUrl(raw: string): string | null {
  return judgeLink(raw, 'web').href
}

/**
 * The app's own scheme. The built renderer is served as `app://soantin/…` by a handler that reads only
 * the built renderer folder (src/main/appProtocol.ts), so the CSP's `'self'` means this origin and not
 * "any local file" as it would under file://.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'soantin'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * How Chromium treats `app:`. `standard` gives it an origin (so `'self'` and relative URLs work) and
 * `secure` a secure context; `supportFetchAPI` and `codeCache` let same-origin modules load and cache.
 * The rest stay off on purpose: no CSP bypass, no cross-origin reads, no service workers, no streaming.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
  stream: false,
} as const

/** Where the renderer page is loaded from: the app scheme or, in development only, the dev server. */
export interface AppEntry {
  devServerUrl?: string
  indexUrl: string
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
  // Node gives non-special schemes an opaque origin ("null"), so the parts are compared one by one.
  const index = new URL(entry.indexUrl)
  return (
    url.protocol === index.protocol &&
    url.host === index.host &&
    url.pathname === index.pathname &&
    !url.username &&
    !url.password
  )
}
