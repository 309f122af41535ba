import { parseArgs } from 'node:util'
import { argumentError } from '../argumentError'
import { cleanExportFolders } from '../cleanExportFolders'
import { EXIT, type CliIo } from '../cliIo'
import { removeTempsOnInterrupt } from '../removeTempsOnInterrupt'
import { EXPORT_TARGETS, exportUsage as usage } from './export'
import { writeFileBatch } from '@node/fileBatch'
import { workerJobPort } from '@node/jobs/workerJobPort'
import { checkReport } from '@shared/check/checkReport'
import { countFindings } from '@shared/check/runCheck'
import { currentUnit, defaultSettings } from '@shared/settings/settings'
import { loadDraft } from '../loadDraft'
import { loadSettingsFile } from '../loadSettingsFile'
import type { ExportJob, OptionValues } from './exportTargets'
import { loadCatalog } from './templatesRun'

/** `soantin export`: loaded only when the command runs, so `--help` stays fast. */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.err(`${message}\n\n${usage()}`)
    return EXIT.usage
  }
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: Object.assign({ settings: { type: 'string' } }, ...EXPORT_TARGETS.map((t) => t.options)),
      strict: true,
      allowPositionals: true,
    })
  } catch (error) {
    return fail(argumentError(error))
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
  const values = parsed.values as OptionValues
  const settingsPath = values.settings
  if (settingsPath === '' || settingsPath === true) return fail('Thiếu tên tệp sau --settings.')
  // A bad settings file or draft throws CliInputError here: exit 2 with a Vietnamese message, nothing
  // written. The layout is the same the app uses: the current unit's (the profile's unit, else the first).
  const settings = typeof settingsPath === 'string' ? await loadSettingsFile(settingsPath) : undefined
  const layout = settings ? currentUnit(settings).printLayout : undefined
  const webPhotos = settings ? currentUnit(settings).webPhotos : undefined
  // Ctrl+C from here on removes this run's temp files before the process ends.
  removeTempsOnInterrupt()
  // Reading and exporting run in worker threads with time and memory limits; this process writes.
  const workers = workerJobPort()
  const report = await loadDraft(draft, workers)
  // Each output in its own worker, side by side; their order (and so the messages') stays the options'.
  const prepared = await Promise.all(
    jobs.map(async (job) => ({ job, ...(await job.prepare(report, { layout, webPhotos, jobs: workers })) })),
  )
  // Temp files an earlier, killed export left in these folders (never another live process's).
  await cleanExportFolders(prepared.flatMap((p) => p.batch.files.map((f) => f.path)))
  // One batch for every output: a failure anywhere throws before any file is renamed into place.
  await writeFileBatch({
    files: prepared.flatMap((p) => p.batch.files),
    folders: prepared.flatMap((p) => p.batch.folders),
  })
  for (const { job, message, warnings } of prepared) {
    for (const warning of warnings) io.err(`Cảnh báo (${job.label}): ${warning}\n`)
    io.out(`${message}\n`)
  }
  // Export warns, never blocks: the pre-publication check's findings, after what the export said.
  const template = (await loadCatalog(undefined, io)).templates.find(
    (t) => t.template.id === report.templateId,
  )
  const findings = checkReport(report, {
    settings: settings ?? defaultSettings(),
    template: template?.template ?? null,
    directory: [],
  })
  const { errors, warnings: cautions } = countFindings(findings)
  if (findings.length > 0) {
    io.err(
      `Kiểm tra trước khi xuất bản: ${errors} lỗi, ${cautions} cảnh báo (xem: soantin check "${draft}").\n`,
    )
    for (const f of findings.filter((x) => x.severity === 'error'))
      io.err(`  Lỗi [${f.rule}]: ${f.message.vi}\n`)
  }
  return EXIT.ok
}
