import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { bodyCheckBlocks } from '@shared/check/bodyCheckBlocks'
import type { CheckBlock } from '@shared/check/checkInput'
import { checkContext } from '@shared/check/checkReport'
import type { Finding } from '@shared/check/findings'
import { placeLabel } from '@shared/check/placeLabel'
import { countFindings, runCheck } from '@shared/check/runCheck'
import { peopleFileSchema, type PersonRecord } from '@shared/people/people'
import { defaultSettings } from '@shared/settings/settings'
import { argumentError } from '../argumentError'
import { EXIT, type CliIo } from '../cliIo'
import { CliInputError, loadDraft } from '../loadDraft'
import { loadSettingsFile } from '../loadSettingsFile'
import { CHECK_USAGE } from './check'
import { loadCatalog } from './templatesRun'

/** The people file the app keeps; a bad one is a bad input (exit 2), named in the message. */
async function loadPeople(path: string): Promise<PersonRecord[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new CliInputError(`Không đọc được tệp danh bạ "${path}".`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new CliInputError(`Tệp danh bạ "${path}" không phải JSON hợp lệ.`)
  }
  const parsed = peopleFileSchema.safeParse(json)
  if (!parsed.success) throw new CliInputError(`Tệp danh bạ "${path}" không đúng định dạng của Soạn Tin.`)
  return parsed.data.people
}

const SEVERITY_LABEL = { error: 'LỖI', warning: 'CẢNH BÁO' } as const

function asText(file: string, findings: readonly Finding[], blocks: readonly CheckBlock[]): string {
  const { errors, warnings } = countFindings(findings)
  if (findings.length === 0) return `${file}: không thấy lỗi hay cảnh báo nào.\n`
  const lines = findings.map((f) => {
    const head = `${SEVERITY_LABEL[f.severity]} [${f.rule}] ${placeLabel(f.place, blocks).vi}: ${f.message.vi}`
    const excerpt = f.excerpt ? `\n    «${f.excerpt}»` : ''
    const fix = f.fix ? `\n    Sửa được: ${f.fix.label.vi}` : ''
    return head + excerpt + fix
  })
  return `${file}: ${errors} lỗi, ${warnings} cảnh báo\n\n${lines.join('\n')}\n`
}

/** `soantin check`: loaded only when the command runs, so `--help` stays fast. */
export async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.err(`${message}\n\n${CHECK_USAGE}`)
    return EXIT.usage
  }
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        settings: { type: 'string' },
        people: { type: 'string' },
        'user-templates': { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    })
  } catch (error) {
    return fail(argumentError(error))
  }
  const [draft, ...extra] = parsed.positionals
  if (!draft) return fail('Thiếu tệp bản thảo.')
  if (extra.length > 0) return fail(`Thừa tham số: ${extra.join(' ')}.`)
  const { values } = parsed
  try {
    const settings = values.settings ? await loadSettingsFile(values.settings) : defaultSettings()
    const directory = values.people ? await loadPeople(values.people) : []
    const report = await loadDraft(draft)
    const catalog = await loadCatalog(values['user-templates'], io)
    const template = catalog.templates.find((t) => t.template.id === report.templateId)?.template ?? null
    // The blocks are read once: for the rules, and to name where each finding is.
    const blocks = bodyCheckBlocks(report.body, report.assets)
    const findings = runCheck({
      ...checkContext({ settings, template, directory }),
      fields: report.fields,
      blocks,
    })
    const { errors, warnings } = countFindings(findings)
    if (values.json) {
      const list = findings.map((f) => ({
        ...f,
        location: { ...f.place, label: placeLabel(f.place, blocks) },
      }))
      const shaped = list.map(({ place: _place, ...rest }) => rest)
      io.out(JSON.stringify({ file: basename(draft), errors, warnings, findings: shaped }, null, 2) + '\n')
    } else io.out(asText(basename(draft), findings, blocks))
    return errors > 0 ? EXIT.usage : EXIT.ok
  } catch (error) {
    if (error instanceof CliInputError) {
      if (values.json) io.out(JSON.stringify({ file: basename(draft), error: error.message }) + '\n')
      io.err(`${error.message}\n`)
      return EXIT.badInput
    }
    throw error
  }
}
