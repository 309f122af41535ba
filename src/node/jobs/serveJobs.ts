import { parentPort } from 'node:worker_threads'
import { englishOf } from '@shared/text/said'
import { SaveError } from '../saveErrors'
import { isJobRequest, type Job, type JobAnswer, type JobResult } from './jobProtocol'

type JobHandler = (job: Job, onProgress: (done: number, total: number) => void) => Promise<JobResult>

/** Electron's utility process end (`process.parentPort`); its messages arrive wrapped as `{ data }`. */
interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void
  postMessage(message: unknown): void
}

interface Channel {
  onMessage(listener: (message: unknown) => void): void
  post(message: JobAnswer): void
}

/** The parent's end, found at run time: this file never imports electron, so one build serves both. */
function parentChannel(): Channel | null {
  const electron = (process as NodeJS.Process & { parentPort?: ElectronParentPort }).parentPort
  if (electron) {
    return {
      onMessage: (listener) => electron.on('message', (event) => listener(event.data)),
      post: (message) => electron.postMessage(message),
    }
  }
  const worker = parentPort
  if (worker) {
    return {
      onMessage: (listener) => worker.on('message', listener),
      post: (message) => worker.postMessage(message),
    }
  }
  return null
}

function failure(error: unknown): JobAnswer {
  const en = englishOf(error) ?? undefined
  if (error instanceof SaveError)
    return { type: 'failed', name: error.name, message: error.message, en, saveCode: error.code }
  if (error instanceof Error) return { type: 'failed', name: error.name, message: error.message, en }
  return { type: 'failed', name: 'Error', message: String(error) }
}

/** Answers the one job the parent sends: progress while it runs, then its result or its error. */
export function serveJobs(handler: JobHandler): void {
  const channel = parentChannel()
  if (!channel) throw new Error('serveJobs runs only in a worker thread or an Electron utility process')
  channel.onMessage((message) => {
    if (!isJobRequest(message)) return
    const progress = (done: number, total: number) => channel.post({ type: 'progress', done, total })
    handler(message.job, progress).then(
      (result) => channel.post({ type: 'done', result }),
      (error: unknown) => channel.post(failure(error)),
    )
  })
}
