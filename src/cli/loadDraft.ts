import type { Report } from '@shared/model/report'
import { JobStoppedError } from '@node/jobs/jobLimits'
import type { JobPort } from '@node/jobs/jobProtocol'
import { workerJobPort } from '@node/jobs/workerJobPort'

/** A problem with the officer's input file: exit code 2, message on stderr, nothing written. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliInputError'
  }
}

/**
 * Loads a draft for any CLI command, read and checked in a worker (a runaway file ends the worker, with
 * a message); a bad draft becomes a `CliInputError` with the app's own message.
 */
export async function loadDraft(path: string, jobs: JobPort = workerJobPort()): Promise<Report> {
  let read
  try {
    read = await jobs.run({ kind: 'readDraft', path })
  } catch (error) {
    if (error instanceof JobStoppedError) throw new CliInputError(error.message)
    throw error
  }
  if (!read.ok) throw new CliInputError(read.message)
  return read.report
}
