import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { dirname, extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { writeDraftFile } from '@node/draftFiles'
import { SaveError } from '@node/saveErrors'
import { DRAFT_EXTENSION } from '@shared/model/report'
import { createDraftFromTemplate } from '@shared/templates/createDraft'
import { isoDateSchema } from '@shared/model/fields'
import { describeError } from '@shared/text/describeError'
import { argumentError } from '../argumentError'
import { EXIT, type CliIo } from '../cliIo'
import { NEW_USAGE as USAGE } from './new'
import { loadSettingsFile } from '../loadSettingsFile'
import { loadCatalog } from './templatesRun'

/** `soantin new`: loaded only when the command runs, so `--help` stays fast. */
export async function runNew(args: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        output: { type: 'string', short: 'o' },
        date: { type: 'string' },
        'user-templates': { type: 'string' },
        settings: { type: 'string' },
        force: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: true,
    })
  } catch (error) {
    io.err(`${argumentError(error)}\n\n${USAGE}`)
    return EXIT.usage
  }
  const { values, positionals } = parsed
  const [templateId, ...extra] = positionals
  const usage = (message: string) => {
    io.err(`${message}\n\n${USAGE}`)
    return EXIT.usage
  }
  if (!templateId) return usage('Thiếu mã mẫu.')
  if (extra.length > 0) return usage(`Thừa tham số: ${extra.join(' ')}.`)
  if (!values.output) return usage('Thiếu tệp đích (-o <tệp.soantin>).')
  if (extname(values.output).toLowerCase() !== DRAFT_EXTENSION) {
    return usage(`Tệp đích phải có đuôi ${DRAFT_EXTENSION}: "${values.output}".`)
  }
  if (values.date !== undefined && !isoDateSchema.safeParse(values.date).success) {
    return usage(`Ngày không hợp lệ: "${values.date}" (cần dạng YYYY-MM-DD, ví dụ 2022-09-19).`)
  }
  const { templates } = await loadCatalog(values['user-templates'], io)
  const loaded = templates.find((t) => t.template.id === templateId)
  if (!loaded) return usage(`Không có mẫu "${templateId}". Gõ "soantin templates" để xem các mẫu.`)
  const settings = values.settings ? await loadSettingsFile(values.settings) : undefined
  const output = resolve(values.output)
  if (
    !(await stat(dirname(output)).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    io.err(`Thư mục "${dirname(output)}" không tồn tại: không tạo được "${values.output}".\n`)
    return EXIT.badInput
  }
  if (
    !values.force &&
    (await stat(output).then(
      () => true,
      () => false,
    ))
  ) {
    io.err(`Tệp "${values.output}" đã có; dùng --force để ghi đè.\n`)
    return EXIT.badInput
  }
  const report = createDraftFromTemplate(loaded.template, {
    id: randomUUID(),
    now: new Date(),
    date: values.date ?? null,
    settings,
    newId: () => randomUUID(),
  })
  try {
    await writeDraftFile(output, report)
  } catch (error) {
    io.err(
      `${error instanceof SaveError ? error.message : `Không ghi được "${values.output}": ${describeError(error)}`}\n`,
    )
    return EXIT.badInput
  }
  io.out(
    `Đã tạo "${values.output}" từ mẫu "${loaded.template.name}" (ngày họp ${report.fields.meetingDate}).\n`,
  )
  return EXIT.ok
}
