import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Bodies held in memory under `/__ipc/<token>`, each served once (see `ipcAnswerChannel`). */
export type HeldBodies = Map<string, string>

/**
 * Serves the built renderer on loopback, as Electron would load it from disk; port 0 picks a free one.
 * `held` answers `/__ipc/<token>` from memory, once, as JSON.
 */
export async function serveDirectory(root: string, port = 0, held?: HeldBodies): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const token = path.startsWith('/__ipc/') ? path.slice('/__ipc/'.length) : undefined
    if (token !== undefined) {
      const body = held?.get(token)
      held?.delete(token)
      if (body === undefined) res.writeHead(404).end()
      else res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body)
      return
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path))
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end()
      return
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file')
    } catch {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', ok)
  })
  const bound = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  }
}
