import { SaveError } from '../saveErrors'
import { jobStopMessage, JobError, JobStoppedError, type JobLimits, type JobStopReason } from './jobLimits'
import {
  isJobAnswer,
  type JobKind,
  type JobOf,
  type JobRequest,
  type JobResults,
  type JobRunOptions,
} from './jobProtocol'

/**
 * One started worker, whatever runs it (a worker thread, an Electron utility process): the common
 * shape the runner below needs. `onExit` reports `memory` when the child is known to have run out of it.
 */
export interface JobChild {
  send(message: JobRequest): void
  onMessage(listener: (message: unknown) => void): void
  onExit(listener: (code: number | null, reason?: 'memory') => void): void
  kill(): void
  /** Whether the child keeps the parent process alive; a child waiting for a job does not. */
  hold?(held: boolean): void
}

/**
 * Runs one job in a fresh child and ends the child when the job is done, fails, runs out of time or
 * is canceled. The parent's event loop never waits on the job: only messages and one timer.
 */
export function runInChild<K extends JobKind>(
  start: () => JobChild,
  job: JobOf<K>,
  limits: JobLimits,
  options: JobRunOptions = {},
): Promise<JobResults[K]> {
  return new Promise((resolve, reject) => {
    const stop = (reason: JobStopReason, code?: number | null) =>
      new JobStoppedError(reason, jobStopMessage(job.kind, reason, limits, code))
    if (options.signal?.aborted) return reject(stop('canceled'))
    let child: JobChild
    try {
      child = start()
    } catch {
      return reject(stop('crash'))
    }
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      child.kill()
      outcome()
    }
    const onAbort = () => finish(() => reject(stop('canceled')))
    const timer = setTimeout(() => finish(() => reject(stop('timeout'))), limits.timeoutMs)
    options.signal?.addEventListener('abort', onAbort)
    child.onMessage((message) => {
      if (!isJobAnswer(message)) return
      if (message.type === 'progress') return options.onProgress?.(message.done, message.total)
      if (message.type === 'done') return finish(() => resolve(message.result as JobResults[K]))
      const error = message.saveCode
        ? new SaveError(message.saveCode, message.message, message.en ?? message.message)
        : new JobError(message.name, message.message, message.en)
      finish(() => reject(error))
    })
    child.onExit((code, reason) => finish(() => reject(stop(reason ?? 'crash', code))))
    child.send({ type: 'run', job })
  })
}
