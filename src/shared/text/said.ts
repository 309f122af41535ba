/**
 * A sentence for the officer in both interface languages. Main and the workers write both; the IPC
 * boundary sends the one the window shows (the CLI prints the Vietnamese).
 */
export interface Said {
  vi: string
  en: string
}

/** An error written for the officer: Vietnamese in `message`, English in `en`. */
export class SaidError extends Error {
  constructor(
    message: string,
    readonly en: string,
  ) {
    super(message)
    this.name = 'SaidError'
  }
}

/** The English an error carries for the English interface (ours, or passed across a worker), or null. */
export function englishOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('en' in error)) return null
  return typeof error.en === 'string' && error.en ? error.en : null
}

/** A number as English writes it ("12,345"), the counterpart of `viNumber`. */
export function enNumber(value: number): string {
  return value.toLocaleString('en-US')
}
