import { execFile } from 'node:child_process'
import { join } from 'node:path'

const VNU_JAR = join(__dirname, '../../../../../node_modules/vnu-jar/build/dist/vnu.jar')

export interface VnuMessage {
  type: string
  subType?: string
  url?: string
  message: string
  extract?: string
  lastLine?: number
}

/**
 * Runs the W3C Nu HTML checker once over many files (the JVM is slow to start) and returns its messages
 * grouped by file path. vnu exits 1 when it finds errors; its JSON report is read either way.
 */
export function runVnu(files: string[]): Promise<Map<string, VnuMessage[]>> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) return reject(error)
        let report: { messages: VnuMessage[] }
        try {
          report = JSON.parse(stderr) as { messages: VnuMessage[] }
        } catch {
          return reject(new Error(`vnu gave no JSON report: ${stderr.slice(0, 500)}`))
        }
        const byFile = new Map<string, VnuMessage[]>(files.map((f) => [f, []]))
        for (const m of report.messages) {
          const file = files.find((f) => m.url && decodeURIComponent(m.url).endsWith(f))
          const key = file ?? m.url ?? '(none)'
          byFile.set(key, [...(byFile.get(key) ?? []), m])
        }
        resolve(byFile)
      },
    )
  })
}

/** Errors only (and fatal "non-document" errors); warnings and info are not failures. */
export function errorsOf(messages: VnuMessage[]): VnuMessage[] {
  return messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
}
