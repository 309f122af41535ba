import { session } from 'electron'
import { rendererRoot, serveAppProtocol } from './appProtocol'
import { CONTENT_SECURITY_POLICY } from './security/policy'

/**
 * Denies every permission request, serves the built renderer on `app:` (with the CSP as a header) and
 * refuses file://. The header hook covers what the session fetches over http(s): the dev server only,
 * since a built app loads nothing remote.
 */
export function hardenDefaultSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
  serveAppProtocol(ses, rendererRoot())
}
