import type { Report } from '@shared/model/report'
import { readDraftFile } from '@node/draftFiles'

/** A problem with the officer's input file: exit code 2, message on stderr, nothing written. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliInputError'
  }
}

/** Loads a draft for any CLI command; a bad draft becomes a `CliInputError` with the app's own message. */
export async function loadDraft(path: string): Promise<Report> {
  const read = await readDraftFile(path)
  if (!read.ok) throw new CliInputError(read.message)
  return read.report
}
