import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { runInChild, type JobChild } from './childJob'
import { DEFAULT_JOB_LIMITS, type JobLimits } from './jobLimits'
import type { JobPort } from './jobProtocol'
import { JOB_WORKER_ENTRY } from './jobWorkerEntry'
import { withStandby } from './standbyChild'

interface WorkerJobPortOptions extends Partial<JobLimits> {
  /** The entry script (a test passes its own); a `.ts` file is started through tsx. */
  entry?: URL | string
  /**
   * Start the next job's worker between jobs ({@link withStandby}). Off by default: the CLI runs a
   * job or two and exits, and the test suite makes hundreds of ports.
   */
  standby?: boolean
}

function entryUrl(entry: URL | string): URL {
  return typeof entry === 'string' ? pathToFileURL(entry) : entry
}

/** The tsconfig.json nearest the entry: tsx takes the import aliases (@shared/…) from it. */
function tsconfigFor(file: string): string | false {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'tsconfig.json'))) return join(dir, 'tsconfig.json')
    if (dirname(dir) === dir) return false
  }
}

/** A TypeScript entry (runs from source) starts through tsx, the way bin/soantin.mjs runs the CLI. */
function startWorker(entry: URL, resourceLimits: { maxOldGenerationSizeMb: number }): Worker {
  const file = fileURLToPath(entry)
  if (!file.endsWith('.ts')) return new Worker(entry, { resourceLimits })
  const workerData = { tsEntry: entry.href, tsconfig: tsconfigFor(file) }
  return new Worker(new URL('./tsxWorker.mjs', import.meta.url), { workerData, resourceLimits })
}

function workerChild(entry: URL, limits: JobLimits): JobChild {
  const worker = startWorker(entry, { maxOldGenerationSizeMb: limits.maxMemoryMb })
  let outOfMemory = false
  // An uncaught error in the worker arrives here, then 'exit'; only running out of heap has its own code.
  worker.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true
  })
  return {
    send: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => worker.on('exit', (code) => listener(code, outOfMemory ? 'memory' : undefined)),
    kill: () => void worker.terminate(),
    hold: (held) => (held ? worker.ref() : worker.unref()),
  }
}

/**
 * Runs each job in a fresh worker thread with its own heap limit (the CLI, the tests). A fresh worker
 * per job: nothing one draft did (a leak, a global it changed) reaches the next.
 */
export function workerJobPort(options: WorkerJobPortOptions = {}): JobPort {
  const limits: JobLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_JOB_LIMITS.timeoutMs,
    maxMemoryMb: options.maxMemoryMb ?? DEFAULT_JOB_LIMITS.maxMemoryMb,
  }
  const entry = entryUrl(options.entry ?? JOB_WORKER_ENTRY)
  const fresh = () => workerChild(entry, limits)
  const start = options.standby ? withStandby(fresh) : fresh
  return {
    run: (job, runOptions) => runInChild(start, job, limits, runOptions),
  }
}
