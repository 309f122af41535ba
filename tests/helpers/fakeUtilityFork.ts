import { fork } from 'node:child_process'
import { constants } from 'node:os'
import { join } from 'node:path'
import type { UtilityChild, UtilityFork } from '@main/jobs/utilityJobPort'

const ROOT = join(__dirname, '../..')
const SHIM = join(__dirname, 'utilityProcessShim.ts')

/**
 * Electron's `utilityProcess.fork` stood in by a Node child process: the same API to main (postMessage,
 * 'message', 'exit' with a code, kill, a piped stderr) and a `process.parentPort` inside the child.
 * The shim and a TypeScript entry load through tsx; the execArgv (the heap limit) applies as in Electron.
 */
export const fakeUtilityFork: UtilityFork = (modulePath, args, options) => {
  const child = fork(SHIM, [modulePath, ...args], {
    execArgv: ['--import', 'tsx', ...options.execArgv],
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json') },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    // Structured clone, as Electron's message ports: Uint8Array stays a Uint8Array.
    serialization: 'advanced',
  })
  const utility: UtilityChild = {
    postMessage: (message) => void child.send(message as object),
    on(event: 'message' | 'exit' | 'error', listener: (value: never) => void) {
      const call = listener as (value: unknown) => void
      // A child killed by a signal has no code; Electron reports one (128 + the signal's number) instead.
      if (event === 'exit')
        child.on('exit', (code, signal) => call(code ?? 128 + (signal ? constants.signals[signal] : 0)))
      else if (event === 'message') child.on('message', call)
      return utility
    },
    kill: () => child.kill(),
    stderr: child.stderr,
  }
  return utility
}
