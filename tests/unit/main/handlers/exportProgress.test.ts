import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createExportHandlers } from '@main/handlers/exportHandlers'
import type { DialogPort } from '@main/handlers/ports'
import { writeDocxExport } from '@node/docxExportFile'
import { buildDocxDocument } from '@shared/export/docx/buildDocxDocument'
import { buildDocxDocumentAsync } from '@shared/export/docx/buildDocxDocumentAsync'
import { packDocx } from '@shared/export/docx/packDocx'
import { buildApi } from '@shared/ipc/buildApi'
import { EVENTS, type ExportProgress } from '@shared/ipc/contract'
import { referenceReport } from '../../../fixtures/referenceReport'
import type { Report } from '@shared/model/report'
import { listsAndTable } from '../../../fixtures/goldenCases'
import { normaliseDocumentXml, partText, unzipDocx } from '../../shared/export/docx/docxPackage'

const tempDir = () => mkdtempSync(join(tmpdir(), 'soantin-'))

const documentXml = async (built: Parameters<typeof packDocx>[0]) =>
  normaliseDocumentXml(partText(unzipDocx(await packDocx(built)), 'word/document.xml'))

/** The distinct photos the report's figures show. */
const photoCount = (report: Report) => new Set(JSON.stringify(report.body).match(/"assetId":"[^"]+"/g)).size

describe('DOCX export progress', () => {
  it('pauses between blocks when asked and builds the same document as the one-go build', async () => {
    const report = listsAndTable()
    const blocks = report.body.content?.length ?? 0
    const events: string[] = []
    const built = await buildDocxDocumentAsync(
      report,
      { onProgress: (done, total) => events.push(`${done}/${total}`) },
      { sliceMs: 0, pause: async () => void events.push('pause') },
    )
    // Every block is reported, then the event loop gets its turn, block after block.
    const expected = Array.from({ length: blocks }, (_, i) => [`${i + 1}/${blocks}`, 'pause']).flat()
    expect(events).toEqual(expected)
    expect(await documentXml(built)).toBe(await documentXml(buildDocxDocument(report)))
  })

  it('counts packing as the last step, so 100% means the file is ready to write', async () => {
    const report = listsAndTable()
    // One step per photo (each checked for a print copy), one per block, one for packing.
    const steps = photoCount(report) + (report.body.content?.length ?? 0) + 1
    const calls: Array<[number, number]> = []
    const path = join(tempDir(), 'a.docx')
    await writeDocxExport({ report, docxPath: path, onProgress: (done, total) => calls.push([done, total]) })
    expect(calls).toHaveLength(steps)
    expect(calls.every(([, total]) => total === steps)).toBe(true)
    expect(calls.map(([done]) => done)).toEqual(Array.from({ length: steps }, (_, i) => i + 1))
    expect(existsSync(path)).toBe(true)
  })

  it('sends the window one event per whole percent, rising to 100, for the reference report', async () => {
    const dir = tempDir()
    const dialogs: DialogPort = {
      chooseDraftToOpen: async () => null,
      chooseDraftSavePath: async () => null,
      chooseExportPath: async (_format, name) => join(dir, name),
    }
    const sent: ExportProgress[] = []
    const handlers = createExportHandlers({ dialogs, onExportProgress: (p) => sent.push(p) })
    const report = referenceReport()
    const result = await handlers.exportDocx({ report })
    expect(result.ok).toBe(true)
    const total = photoCount(report) + (report.body.content?.length ?? 0) + 1
    expect(sent.every((p) => p.format === 'docx' && p.total === total)).toBe(true)
    const percents = sent.map((p) => Math.floor((100 * p.done) / p.total))
    // The reference report has hundreds of blocks: each whole percent appears once, in order.
    expect(total).toBeGreaterThan(100)
    expect(percents).toEqual(Array.from({ length: 101 }, (_, i) => i))
    expect(sent.at(-1)).toEqual({ format: 'docx', done: total, total })
  })

  it('reaches renderer listeners through the typed API only when well formed, until unsubscribed', () => {
    let emit: (payload: unknown) => void = () => undefined
    const api = buildApi(
      async () => null,
      (channel, listener) => {
        if (channel !== EVENTS.exportProgress.channel) return () => undefined
        emit = listener
        return () => (emit = () => undefined)
      },
    )
    const seen: ExportProgress[] = []
    const unsubscribe = api.onExportProgress((p) => seen.push(p))
    emit({ format: 'docx', done: 3, total: 10 })
    for (const bad of [
      null,
      'docx',
      { format: 'pdf', done: 1, total: 2 },
      { format: 'docx', done: 1, total: 0 },
    ])
      emit(bad)
    emit({ format: 'docx', done: 10, total: 10 })
    unsubscribe()
    emit({ format: 'docx', done: 4, total: 10 })
    expect(seen).toEqual([
      { format: 'docx', done: 3, total: 10 },
      { format: 'docx', done: 10, total: 10 },
    ])
  })
})
