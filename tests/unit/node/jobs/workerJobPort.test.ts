import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildDocxExport } from '@node/docxExportFile'
import { readDraftFile } from '@node/draftFiles'
import { planHtmlExport } from '@node/htmlExportFile'
import { JobError, JobStoppedError } from '@node/jobs/jobLimits'
import { workerJobPort } from '@node/jobs/workerJobPort'
import { parseReportText } from '@shared/model'
import { loopWatch, RUNAWAY, RUNAWAY_ENTRY, SEED } from './jobTestKit'
import { unzipDocx } from '../../shared/export/docx/docxPackage'

function seedReport() {
  const parsed = parseReportText(readFileSync(SEED, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.report
}

describe('the worker-thread job port', () => {
  it('ends a job that loops forever at the time limit, with a Vietnamese message; this thread keeps ticking', async () => {
    const port = workerJobPort({ entry: RUNAWAY_ENTRY, timeoutMs: 6_000 })
    const watch = loopWatch()
    let started = 0
    const began = performance.now()
    const run = port.run(
      { kind: 'readDraft', path: RUNAWAY.loop },
      { onProgress: () => ((started = performance.now()), watch.start()) },
    )
    const error = await run.catch((e: unknown) => e)
    const elapsed = performance.now() - began
    const { worstGapMs, ticks } = watch.stop()
    expect(error).toBeInstanceOf(JobStoppedError)
    expect(error).toMatchObject({
      reason: 'timeout',
      message: 'Bản thảo cần quá 6 giây để mở; việc mở tệp đã dừng, tệp không bị thay đổi.',
    })
    expect(started).toBeGreaterThan(0)
    expect(elapsed).toBeGreaterThanOrEqual(6_000)
    expect(elapsed).toBeLessThan(9_000)
    // While the worker spun, this thread's 10 ms timer kept firing.
    expect(ticks).toBeGreaterThan(20)
    expect(worstGapMs).toBeLessThan(500)
  })

  it('ends a job that allocates without bound at the memory limit; this thread is unharmed', async () => {
    const port = workerJobPort({ entry: RUNAWAY_ENTRY, maxMemoryMb: 128 })
    const error = await port.run({ kind: 'readDraft', path: RUNAWAY.allocate }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(JobStoppedError)
    expect(error).toMatchObject({
      reason: 'memory',
      message:
        'Bản thảo cần quá nhiều bộ nhớ để mở (vượt 128 MB); việc mở tệp đã dừng, tệp không bị thay đổi.',
    })
    // The same port still runs the next job.
    expect((await port.run({ kind: 'readDraft', path: SEED })).ok).toBe(true)
  })

  it('says clearly when the worker itself exits in the middle of a job', async () => {
    const port = workerJobPort({ entry: RUNAWAY_ENTRY })
    // The test worker runs real jobs too: what ends it below is the exit, nothing else.
    await expect(port.run({ kind: 'buildDocx', report: seedReport() })).resolves.toHaveProperty('bytes')
    const crashed = await port.run({ kind: 'readDraft', path: RUNAWAY.exit }).catch((e: unknown) => e)
    expect(crashed).toMatchObject({
      reason: 'crash',
      message:
        'Tiến trình xử lý bản thảo dừng đột ngột (mã thoát 3) nên việc mở tệp không hoàn thành; tệp không bị thay đổi.',
    })
  })

  it("carries a job's own error across unchanged: its name and its message", async () => {
    const port = workerJobPort({ entry: RUNAWAY_ENTRY })
    const error = await port.run({ kind: 'readDraft', path: RUNAWAY.throw }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(JobError)
    expect(error).toMatchObject({
      name: 'BudgetError',
      message: 'Bảng có quá nhiều ô để xuất (vượt 100 000 ô).',
    })
  })

  it('stops a job when its signal aborts', async () => {
    const port = workerJobPort({ entry: RUNAWAY_ENTRY })
    const controller = new AbortController()
    const run = port.run(
      { kind: 'readDraft', path: RUNAWAY.loop },
      { signal: controller.signal, onProgress: () => controller.abort() },
    )
    await expect(run).rejects.toMatchObject({
      reason: 'canceled',
      message: 'Đã hủy việc mở tệp; tệp không bị thay đổi.',
    })
  })

  it('gives what the in-process functions give: the draft, the DOCX bytes, the HTML batch', async () => {
    const port = workerJobPort()
    const read = await port.run({ kind: 'readDraft', path: SEED })
    const local = await readDraftFile(SEED)
    expect(read).toEqual(local)
    if (!read.ok) throw new Error(read.message)

    const steps: Array<[number, number]> = []
    const docx = await port.run(
      { kind: 'buildDocx', report: read.report },
      { onProgress: (done, total) => steps.push([done, total]) },
    )
    const inProcess = await buildDocxExport({ report: read.report })
    expect(docx.bytes).toBeInstanceOf(Uint8Array)
    // Every part byte for byte; only the zip's timestamps (the clock) may differ.
    expect(unzipDocx(docx.bytes)).toEqual(unzipDocx(inProcess.bytes))
    expect(docx.warnings).toEqual(inProcess.warnings)
    expect(steps.at(-1)?.[0]).toBe(steps.at(-1)?.[1])

    const request = { report: read.report, htmlPath: '/tmp/x/bao-cao.html', imagesDir: '/tmp/x/anh' }
    const html = await port.run({ kind: 'buildHtml', ...request })
    // The worker also sends back the photo copies it made, for main to keep (the seed's photos need none).
    expect(html).toEqual({ ...(await planHtmlExport(request)), madeCopies: [] })
    expect(docx.madeCopies).toEqual([])
  })
})
