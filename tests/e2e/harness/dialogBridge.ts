import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ElectronApplication } from 'playwright-core'
import type { DialogPort } from '@main/handlers/ports'

/** What the stubbed `dialog.showOpenDialog` / `showSaveDialog` in Electron's main sends the test. */
interface DialogQuestion {
  kind: 'open' | 'save'
  defaultPath?: string
  /** Every extension of every filter the dialog was shown with ("soantin", "docx", "html", ...). */
  extensions: string[]
}

/** Answers one native dialog of the real app with the test's DialogPort (FakeDialogs by default). */
async function answerDialog(dialogs: DialogPort, question: DialogQuestion): Promise<string | null> {
  const name = question.defaultPath ?? ''
  if (question.kind === 'open' && question.extensions.includes('csv'))
    return dialogs.choosePeopleCsvToOpen?.() ?? null
  if (question.kind === 'open') return dialogs.chooseDraftToOpen()
  if (question.extensions.includes('csv')) return dialogs.chooseExportPath?.('csv', name) ?? null
  if (question.extensions.includes('docx')) return dialogs.chooseExportPath?.('docx', name) ?? null
  if (question.extensions.includes('html')) return dialogs.chooseExportPath?.('html', name) ?? null
  return dialogs.chooseDraftSavePath(name)
}

export interface DialogBridge {
  close(): Promise<void>
}

/**
 * Replaces Electron's native open and save dialogs in the app's main process (the way Playwright's
 * docs suggest: `electronApp.evaluate(({ dialog }) => ...)`) by a request to a loopback server in the
 * test process, which answers from `dialogs`. So the test's FakeDialogs queues work unchanged, and
 * main needs no test hook. `dialog` is one shared object, so main's `import { dialog }` sees the stubs.
 */
export async function bridgeDialogs(app: ElectronApplication, dialogs: DialogPort): Promise<DialogBridge> {
  const token = randomBytes(16).toString('hex')
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || req.headers['x-soantin-e2e'] !== token) {
      res.writeHead(403).end()
      return
    }
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      void (async () => {
        try {
          const path = await answerDialog(dialogs, JSON.parse(body) as DialogQuestion)
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ path }))
        } catch (error) {
          res.writeHead(500).end(String(error))
        }
      })()
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  await app.evaluate(
    ({ dialog }, { url, token }) => {
      type Options = { defaultPath?: string; filters?: Array<{ extensions: string[] }> }
      // Called as (window, options) or (options).
      const optionsOf = (args: unknown[]): Options => (args.length > 1 ? args[1] : args[0]) as Options
      const ask = async (kind: 'open' | 'save', options: Options): Promise<string | null> => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'x-soantin-e2e': token, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            kind,
            defaultPath: options.defaultPath,
            extensions: (options.filters ?? []).flatMap((f) => f.extensions),
          }),
        })
        if (!response.ok) throw new Error(`e2e dialog bridge: ${response.status} ${await response.text()}`)
        return ((await response.json()) as { path: string | null }).path
      }
      const d = dialog as unknown as Record<string, unknown>
      d.showOpenDialog = async (...args: unknown[]) => {
        const path = await ask('open', optionsOf(args))
        return { canceled: path === null, filePaths: path === null ? [] : [path] }
      }
      d.showSaveDialog = async (...args: unknown[]) => {
        const path = await ask('save', optionsOf(args))
        return { canceled: path === null, filePath: path ?? '' }
      }
    },
    { url: `http://127.0.0.1:${port}/`, token },
  )
  return { close: () => new Promise((ok) => server.close(() => ok())) }
}
