import type { CliCommand } from './cliIo'
import { checkCommand } from './commands/check'
import { exportCommand } from './commands/export'
import { newCommand } from './commands/new'
import { templatesCommand } from './commands/templates'

/** Every CLI command, in the order `soantin --help` lists them. */
export const COMMANDS: CliCommand[] = [templatesCommand, newCommand, checkCommand, exportCommand]
