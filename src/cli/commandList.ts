import type { CliCommand } from './cliIo'

/** Every CLI command, in the order `soantin --help` lists them. */
export const COMMANDS: CliCommand[] = []
