import { protocol, type Session } from 'electron'
import { join } from 'node:path'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './security/policy'
import { rendererHeaders, rendererResponse } from './security/rendererFiles'

/** The built renderer folder: out/renderer beside this bundle (inside app.asar when packaged). */
export const rendererRoot = (): string => join(__dirname, '../renderer')

/** Gives `app:` its origin and secure context. Electron accepts this only before `ready`, and only once. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }])
}

/**
 * Serves the built renderer on `app:` and shuts file:// off for the session: the page has no reason to
 * read a local file by URL, and the preload is loaded by Electron itself, not through the session.
 */
export function serveAppProtocol(ses: Session, root: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const answer = await rendererResponse(root, request.url, request.method)
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  })
  ses.protocol.handle('file', () => new Response(null, { status: 404, headers: rendererHeaders(null) }))
}
