import { runInChild, type JobChild } from '@node/jobs/childJob'
import { DEFAULT_JOB_LIMITS, type JobLimits } from '@node/jobs/jobLimits'
import type { JobPort } from '@node/jobs/jobProtocol'
import { withStandby } from '@node/jobs/standbyChild'

/** The part of Electron's `UtilityProcess` the port uses; a test passes a stand-in built on Node. */
export interface UtilityChild {
  postMessage(message: unknown): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  on(event: 'error', listener: (type: string) => void): unknown
  kill(): boolean
  /** The child's stderr with `stdio: 'pipe'`: where V8 says it ran out of heap. */
  readonly stderr: NodeJS.ReadableStream | null
}

export interface UtilityForkOptions {
  execArgv: string[]
  serviceName: string
  stdio: 'pipe'
}

/** `utilityProcess.fork`'s shape; index.ts passes Electron's, so only it imports electron. */
export type UtilityFork = (modulePath: string, args: string[], options: UtilityForkOptions) => UtilityChild

interface UtilityJobPortOptions extends Partial<JobLimits> {
  fork: UtilityFork
  /** The built entry script, out/main/jobWorker.js. */
  entry: string
  /** Fork the next job's process between jobs ({@link withStandby}); the app turns it on. */
  standby?: boolean
}

// What V8 prints before aborting a process whose heap is full ("FATAL ERROR: Reached heap limit …").
const OUT_OF_HEAP = /heap limit|heap out of memory/i

function utilityChild(fork: UtilityFork, entry: string, limits: JobLimits): JobChild {
  const child = fork(entry, [], {
    execArgv: [`--max-old-space-size=${limits.maxMemoryMb}`],
    serviceName: 'Soạn Tin — xử lý bản thảo',
    stdio: 'pipe',
  })
  let outOfMemory = false
  let stderrTail = ''
  child.stderr?.on('data', (chunk: Buffer | string) => {
    stderrTail = (stderrTail + String(chunk)).slice(-4096)
    if (OUT_OF_HEAP.test(stderrTail)) outOfMemory = true
  })
  // Electron reports a V8 fatal error (running out of heap is the one a draft can cause) before 'exit'.
  child.on('error', (type) => {
    if (type === 'FatalError') outOfMemory = true
  })
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    // stderr may still hold the last lines when 'exit' fires: let them arrive first.
    onExit: (listener) =>
      void child.on('exit', (code) =>
        setTimeout(() => listener(code, outOfMemory ? 'memory' : undefined), 50),
      ),
    kill: () => void child.kill(),
  }
}

/**
 * Runs each job in a fresh Electron utility process with its own heap limit: a runaway draft ends that
 * process, never main, so the window stays responsive and says what happened.
 */
export function utilityJobPort(options: UtilityJobPortOptions): JobPort {
  const limits: JobLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_JOB_LIMITS.timeoutMs,
    maxMemoryMb: options.maxMemoryMb ?? DEFAULT_JOB_LIMITS.maxMemoryMb,
  }
  const fresh = () => utilityChild(options.fork, options.entry, limits)
  const start = options.standby ? withStandby(fresh) : fresh
  return {
    run: (job, runOptions) => runInChild(start, job, limits, runOptions),
  }
}
