export interface CliIo {
  out(text: string): void
  err(text: string): void
}

export const consoleIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}

/** Exit codes: 0 success, 1 wrong usage, 2 a bad input file or an output that could not be written. */
export const EXIT = { ok: 0, usage: 1, badInput: 2 } as const

/** One CLI command; each lives in its own file under `commands/` and is listed in `commandList.ts`. */
export interface CliCommand {
  name: string
  /** One Vietnamese line for `soantin --help`. */
  summary: string
  /** Full usage text for `soantin <name> --help`. */
  usage: string
  run(args: string[], io: CliIo): Promise<number>
}
