import { session } from 'electron'
import { CONTENT_SECURITY_POLICY } from './security/policy'

/** Denies every permission request and sends the CSP with every response the app loads. */
export function hardenDefaultSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
}
