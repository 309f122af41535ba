import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { TemplateStore, type TemplateCatalog } from '@node/templateStore'
import { PERIOD_LABELS } from '@shared/templates/periods'
import { describeTemplateProblem } from '@shared/templates/templateSchema'
import { argumentError } from '../argumentError'
import { EXIT, type CliIo } from '../cliIo'
import { TEMPLATES_USAGE } from './templates'
import { CliInputError } from '../loadDraft'

/** The templates shipped with Soạn Tin, beside the sources. */
const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates', import.meta.url))

/** Built-in templates plus, when given, the officer's own folder; broken files go to stderr and are skipped. */
export async function loadCatalog(userDir: string | undefined, io: CliIo): Promise<TemplateCatalog> {
  if (
    userDir !== undefined &&
    !(await stat(userDir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    throw new CliInputError(`Không tìm thấy thư mục mẫu của người dùng "${userDir}".`)
  }
  const catalog = await new TemplateStore(BUILTIN_TEMPLATES_DIR, userDir ?? null).list()
  for (const problem of catalog.problems) io.err(`Bỏ qua ${describeTemplateProblem(problem)}\n`)
  return catalog
}

const SOURCE_LABELS = { builtin: 'có sẵn', user: 'người dùng' } as const

/** `soantin templates`: loaded only when the command runs, so `--help` stays fast. */
export async function runTemplates(args: string[], io: CliIo): Promise<number> {
  let values: { json?: boolean; 'user-templates'?: string }
  try {
    ;({ values } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, 'user-templates': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    io.err(`${argumentError(error)}\n\n${TEMPLATES_USAGE}`)
    return EXIT.usage
  }
  const { templates } = await loadCatalog(values['user-templates'], io)
  if (values.json) {
    const list = templates.map(({ template: t, source, fileName }) => ({
      id: t.id,
      name: t.name,
      description: t.description,
      source,
      period: t.period,
      meetingKind: t.meetingKind,
      file: fileName,
    }))
    io.out(JSON.stringify(list, null, 2) + '\n')
    return EXIT.ok
  }
  const width = Math.max(2, ...templates.map((t) => t.template.id.length)) + 2
  for (const { template: t, source } of templates) {
    io.out(
      `${t.id.padEnd(width)}${t.name} (${SOURCE_LABELS[source]}, ${PERIOD_LABELS[t.period].toLowerCase()})\n`,
    )
  }
  return EXIT.ok
}
