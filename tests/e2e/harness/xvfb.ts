import { spawn } from 'node:child_process'

export interface VirtualDisplay {
  /** For DISPLAY, e.g. ":99". */
  display: string
  stop(): void
}

/**
 * Starts `Xvfb` on a free display number (Xvfb picks it and writes it to `-displayfd`), for the
 * Electron driver on Linux when no DISPLAY is set (`xvfb-run -a npm test` sets one already).
 */
export function startXvfb(timeoutMs = 15_000): Promise<VirtualDisplay> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    const fail = (why: string) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`Xvfb did not start: ${why}${err ? `\n${err.trim()}` : ''}`))
    }
    const timer = setTimeout(() => fail(`no display number after ${timeoutMs} ms`), timeoutMs)
    child.once('error', (error) => fail(error.message))
    child.once('exit', (code) => fail(`exited with ${code}`))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /^(\d+)\n/.exec(out)
      if (!match) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      child.stdout.removeAllListeners('data')
      resolvePromise({ display: `:${match[1]}`, stop: () => void child.kill('SIGTERM') })
    })
  })
}
