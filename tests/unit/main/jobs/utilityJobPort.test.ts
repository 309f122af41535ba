import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { utilityJobPort, type UtilityFork } from '@main/jobs/utilityJobPort'
import { buildDocxExport } from '@node/docxExportFile'
import { JobError, JobStoppedError } from '@node/jobs/jobLimits'
import { parseReportText } from '@shared/model'
import { fakeUtilityFork } from '../../../helpers/fakeUtilityFork'
import { loopWatch, ROOT, RUNAWAY, RUNAWAY_ENTRY, SEED } from '../../node/jobs/jobTestKit'
import { unzipDocx } from '../../shared/export/docx/docxPackage'

const JOB_WORKER = join(ROOT, 'src/node/jobs/jobWorker.ts')

describe('the utility-process job port (with a Node child process standing in for Electron)', () => {
  it('forks the entry with a heap limit, a service name and piped stdio', async () => {
    const forks: Array<Parameters<UtilityFork>> = []
    const port = utilityJobPort({
      entry: JOB_WORKER,
      maxMemoryMb: 512,
      fork: (...args) => (forks.push(args), fakeUtilityFork(...args)),
    })
    expect((await port.run({ kind: 'readDraft', path: SEED })).ok).toBe(true)
    expect(forks).toEqual([
      [
        JOB_WORKER,
        [],
        { execArgv: ['--max-old-space-size=512'], serviceName: expect.any(String), stdio: 'pipe' },
      ],
    ])
  })

  it('ends a job that loops forever at the time limit; main keeps ticking', async () => {
    const port = utilityJobPort({ entry: RUNAWAY_ENTRY, fork: fakeUtilityFork, timeoutMs: 6_000 })
    const watch = loopWatch()
    let started = false
    const began = performance.now()
    const error = await port
      .run({ kind: 'buildHtml', report: {} as never, htmlPath: '', imagesDir: null })
      .catch((e: unknown) => e)
    // buildHtml on an empty report fails in the job itself: proof the real handler runs there too.
    expect(error).toBeInstanceOf(JobError)
    const looped = await port
      .run({ kind: 'readDraft', path: RUNAWAY.loop }, { onProgress: () => ((started = true), watch.start()) })
      .catch((e: unknown) => e)
    const { worstGapMs, ticks } = watch.stop()
    expect(looped).toBeInstanceOf(JobStoppedError)
    expect(looped).toMatchObject({
      reason: 'timeout',
      message: 'Bản thảo cần quá 6 giây để mở; việc mở tệp đã dừng, tệp không bị thay đổi.',
    })
    expect(started).toBe(true)
    expect(performance.now() - began).toBeGreaterThanOrEqual(6_000)
    expect(ticks).toBeGreaterThan(20)
    expect(worstGapMs).toBeLessThan(500)
  })

  it('ends a job that allocates without bound at the heap limit, and says so', async () => {
    const port = utilityJobPort({ entry: RUNAWAY_ENTRY, fork: fakeUtilityFork, maxMemoryMb: 128 })
    const error = await port.run({ kind: 'readDraft', path: RUNAWAY.allocate }).catch((e: unknown) => e)
    expect(error).toMatchObject({
      reason: 'memory',
      message:
        'Bản thảo cần quá nhiều bộ nhớ để mở (vượt 128 MB); việc mở tệp đã dừng, tệp không bị thay đổi.',
    })
  })

  it('says clearly when the process exits in the middle of a job, and carries a job error unchanged', async () => {
    const port = utilityJobPort({ entry: RUNAWAY_ENTRY, fork: fakeUtilityFork })
    await expect(port.run({ kind: 'readDraft', path: RUNAWAY.exit })).rejects.toMatchObject({
      reason: 'crash',
      message:
        'Tiến trình xử lý bản thảo dừng đột ngột (mã thoát 3) nên việc mở tệp không hoàn thành; tệp không bị thay đổi.',
    })
    await expect(port.run({ kind: 'readDraft', path: RUNAWAY.throw })).rejects.toMatchObject({
      name: 'BudgetError',
      message: 'Bảng có quá nhiều ô để xuất (vượt 100 000 ô).',
    })
  })

  it('gives the same DOCX bytes as the in-process exporter', async () => {
    const parsed = parseReportText(readFileSync(SEED, 'utf8'))
    if (!parsed.ok) throw new Error(parsed.message)
    const port = utilityJobPort({ entry: JOB_WORKER, fork: fakeUtilityFork })
    const built = await port.run({ kind: 'buildDocx', report: parsed.report })
    const local = await buildDocxExport({ report: parsed.report })
    expect(built.bytes).toBeInstanceOf(Uint8Array)
    // Every part byte for byte; only the zip's timestamps (the clock) may differ.
    expect(unzipDocx(built.bytes)).toEqual(unzipDocx(local.bytes))
  })
})
