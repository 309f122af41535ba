import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './policy'

/**
 * What the `app:` handler answers, decided without Electron so plain-Node tests can run it on real
 * folders. Only regular files inside the built renderer folder are served; everything else is a 404.
 */
interface RendererResponse {
  status: 200 | 404 | 405
  headers: Record<string, string>
  /** Its own ArrayBuffer (a copy of Node's pooled Buffer), the body type `Response` accepts. */
  body: Uint8Array<ArrayBuffer> | null
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

/** The Content-Type for a served file; unknown kinds are plain bytes, which nosniff keeps inert. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers on every answer, errors included: the CSP as a real header (frame-ancestors works) and nosniff. */
export function rendererHeaders(path: string | null): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Content-Type': path === null ? 'text/plain; charset=utf-8' : contentTypeFor(path),
  }
}

/** A segment that could leave the folder or name something other than a plain child entry. */
function unsafeSegment(segment: string): boolean {
  return (
    segment === '' ||
    segment === '.' ||
    segment === '..' ||
    /[/\\:\0]/.test(segment) ||
    // Windows drops trailing dots and spaces, so "..." or ".. " would act as "..".
    /^[. ]+$/.test(segment)
  )
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

/**
 * The file an `app://soantin/…` URL names inside `root`, or null. Purely lexical: each path segment is
 * decoded on its own, so an encoded `/`, `\`, `..` or drive letter cannot change the folder it lands in.
 */
export function rendererFilePath(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null
  if (!url.pathname.startsWith('/')) return null
  const segments: string[] = []
  for (const raw of url.pathname.slice(1).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (unsafeSegment(segment)) return null
    segments.push(segment)
  }
  const path = join(root, ...segments)
  return isInside(root, path) ? path : null
}

const notFound = (): RendererResponse => ({ status: 404, headers: rendererHeaders(null), body: null })

/**
 * Answers one request to the app scheme from the built renderer folder. Symlinks are followed only when
 * they end inside the folder (both sides are resolved with realpath, which Electron's fs also applies
 * inside app.asar); directories, devices and anything missing are a 404.
 */
export async function rendererResponse(
  root: string,
  requestUrl: string,
  method: string,
): Promise<RendererResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...rendererHeaders(null), Allow: 'GET, HEAD' }, body: null }
  }
  const path = rendererFilePath(root, requestUrl)
  if (path === null) return notFound()
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(path)])
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return notFound()
    const body = method === 'HEAD' ? null : new Uint8Array(await readFile(realFile))
    return { status: 200, headers: rendererHeaders(path), body }
  } catch {
    return notFound()
  }
}
