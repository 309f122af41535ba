// Runs in a child process started by fakeUtilityFork: gives it the `process.parentPort` of an Electron
// utility process (messages delivered as `{ data }`, `postMessage` to answer), then loads the entry.
import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'

class ParentPort extends EventEmitter {
  postMessage(message: unknown): void {
    process.send?.(message)
  }
}

const port = new ParentPort()
// Like Electron's port, messages wait until the entry listens: the first one comes before it has loaded.
const waiting: unknown[] = []
process.on('message', (data) =>
  port.listenerCount('message') ? port.emit('message', { data }) : waiting.push(data),
)
port.on('newListener', (event) => {
  if (event === 'message')
    setImmediate(() => waiting.splice(0).forEach((data) => port.emit('message', { data })))
})
Object.assign(process, { parentPort: port })
// The IPC channel alone keeps this process alive, as the real parent port does; a job ends it.
void import(pathToFileURL(process.argv[2]!).href)
