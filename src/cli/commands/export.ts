import { parseArgs } from 'node:util'
import { EXIT, type CliCommand } from '../cliIo'
import { loadDraft } from '../loadDraft'
import { docxTarget } from './exportDocxTarget'
import { htmlTarget } from './exportHtmlTarget'
import type { ExportJob, ExportTarget, OptionValues } from './exportTargets'

/** Every format `soantin export` writes; each is one entry, so formats can be asked for together. */
export const EXPORT_TARGETS: ExportTarget[] = [docxTarget, htmlTarget]

const usage = () => `Cách dùng: soantin export <bản-thảo.soantin> [định dạng...]

Xuất bản thảo ra một hoặc nhiều định dạng trong một lần chạy. Tệp đích được ghi trọn vẹn hoặc không
ghi gì (không để lại tệp dở dang).

${EXPORT_TARGETS.map((t) => t.usage).join('\n')}
`

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Xuất bản thảo ra DOCX hoặc HTML',
  get usage() {
    return usage()
  },
  async run(args, io) {
    const fail = (message: string) => {
      io.err(`${message}\n\n${usage()}`)
      return EXIT.usage
    }
    let parsed
    try {
      parsed = parseArgs({
        args,
        options: Object.assign({}, ...EXPORT_TARGETS.map((t) => t.options)),
        strict: true,
        allowPositionals: true,
      })
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error))
    }
    const [draft, ...extra] = parsed.positionals
    if (!draft) return fail('Thiếu tệp bản thảo.')
    if (extra.length > 0) return fail(`Thừa tham số: ${extra.join(' ')}.`)
    const jobs: ExportJob[] = []
    for (const target of EXPORT_TARGETS) {
      const planned = target.plan(parsed.values as OptionValues)
      if (typeof planned === 'string') return fail(planned)
      if (planned) jobs.push(planned)
    }
    if (jobs.length === 0) return fail('Chưa chọn định dạng xuất.')
    if (new Set(jobs.map((j) => j.output)).size < jobs.length)
      return fail('Hai định dạng không thể ghi cùng một tệp.')
    // A bad draft throws CliInputError here: exit 2 with the app's own message, nothing written.
    const report = await loadDraft(draft)
    for (const job of jobs) {
      const { message, warnings } = await job.write(report)
      for (const warning of warnings) io.err(`Cảnh báo (${job.label}): ${warning}\n`)
      io.out(`${message}\n`)
    }
    return EXIT.ok
  },
}
