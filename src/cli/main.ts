import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeError } from '@shared/text/describeError'
import { consoleIo, EXIT, type CliIo } from './cliIo'
import { COMMANDS } from './commandList'

export function packageVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const pkg = JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8')) as { version: string }
  return pkg.version
}

export function helpText(): string {
  const width = Math.max(8, ...COMMANDS.map((c) => c.name.length)) + 2
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`)
  return `Soạn Tin — soạn tin bài giao ban theo mẫu, xuất DOCX và HTML.

Cách dùng: soantin <lệnh> [tùy chọn]
${lines.length ? `\nCác lệnh:\n${lines.join('\n')}\n` : ''}
Tùy chọn chung:
  -h, --help       Hiện trợ giúp (soantin <lệnh> --help: trợ giúp của một lệnh)
  -v, --version    Hiện phiên bản

Mã thoát: 0 thành công, 1 sai cách dùng, 2 tệp đầu vào hỏng hoặc không ghi được tệp đầu ra.
`
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(args: string[], io: CliIo = consoleIo): Promise<number> {
  const [first, ...rest] = args
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.out(helpText())
    return EXIT.ok
  }
  if (first === '-v' || first === '--version') {
    io.out(`${packageVersion()}\n`)
    return EXIT.ok
  }
  const command = COMMANDS.find((c) => c.name === first)
  if (!command) {
    io.err(`Lệnh không hợp lệ: "${first}". Gõ "soantin --help" để xem các lệnh.\n`)
    return EXIT.usage
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(command.usage)
    return EXIT.ok
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    // Never a stack trace or V8's English for the officer: one Vietnamese line saying what went wrong.
    io.err(`Lỗi: ${describeError(error)}\n`)
    return EXIT.badInput
  }
}
