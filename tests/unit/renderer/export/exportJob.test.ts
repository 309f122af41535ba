import { describe, expect, it } from 'vitest'
import type { ExportedDocx, ExportedHtml, IpcResponses } from '@shared/ipc/contract'
import {
  exportJobReducer,
  IDLE_EXPORT,
  type ExportJobAction,
  type ExportJobState,
} from '@renderer/export/exportJob'

type CopiedForWeb = Extract<IpcResponses['copyForWeb'], { ok: true }>

const docx: ExportedDocx = { ok: true, exportToken: 'tok-docx-1', fileName: 'bao-cao.docx', warnings: [] }

function run<R extends ExportedDocx | ExportedHtml | CopiedForWeb>(
  actions: ExportJobAction<R>[],
  from: ExportJobState<R> = IDLE_EXPORT,
): ExportJobState<R> {
  return actions.reduce(exportJobReducer<R>, from)
}

const step = (done: number, total = 10): ExportJobAction<ExportedDocx> => ({
  type: 'progress',
  progress: { format: 'docx', done, total },
})

describe('one export job, for DOCX and HTML alike', () => {
  it('works without a percentage until main reports one, then never goes back', () => {
    expect(run<ExportedDocx>([{ type: 'start' }])).toEqual({ phase: 'working', percent: null })
    expect(run([{ type: 'start' }, step(3), step(7), step(5)])).toEqual({ phase: 'working', percent: 70 })
    expect(run([{ type: 'start' }, step(12)])).toEqual({ phase: 'working', percent: 100 })
  })

  it('ignores progress when no export is running', () => {
    expect(run([step(5)])).toBe(IDLE_EXPORT)
    const done = run<ExportedDocx>([{ type: 'start' }, { type: 'finish', outcome: docx }])
    expect(run([step(5)], done)).toBe(done)
  })

  it('ends done with the result, idle when the officer canceled, or failed with main’s message', () => {
    expect(run<ExportedDocx>([{ type: 'start' }, { type: 'finish', outcome: docx }])).toEqual({
      phase: 'done',
      result: docx,
      openError: null,
    })
    expect(
      run<ExportedDocx>([{ type: 'start' }, { type: 'finish', outcome: { ok: false, canceled: true } }]),
    ).toBe(IDLE_EXPORT)
    const failure = { ok: false as const, message: 'Không ghi được tệp.' }
    expect(run<ExportedDocx>([{ type: 'start' }, { type: 'finish', outcome: failure }])).toEqual({
      phase: 'failed',
      message: 'Không ghi được tệp.',
    })
    expect(run<ExportedDocx>([{ type: 'start' }, { type: 'fail', message: 'Lỗi' }])).toEqual({
      phase: 'failed',
      message: 'Lỗi',
    })
  })

  it('shows why a file did not open, only for the export it was asked for', () => {
    const done = run<ExportedDocx>([{ type: 'start' }, { type: 'finish', outcome: docx }])
    const opened = run([{ type: 'opened', exportToken: 'tok-docx-1', error: 'Không mở được tệp.' }], done)
    expect(opened).toEqual({ phase: 'done', result: docx, openError: 'Không mở được tệp.' })
    expect(run([{ type: 'opened', exportToken: 'tok-docx-1', error: null }], opened)).toEqual(done)
    // An answer that comes back after another export finished belongs to the earlier file.
    expect(run([{ type: 'opened', exportToken: 'tok-older', error: 'x' }], done)).toBe(done)
    expect(run([{ type: 'dismiss' }], opened)).toBe(IDLE_EXPORT)
  })

  it('keeps a copy for the web, which has no file to open, as a result like any other', () => {
    const copied: CopiedForWeb = { ok: true, warnings: ['Ảnh "a.png" bị thiếu.'] }
    const state = run<ExportedHtml | CopiedForWeb>([{ type: 'start' }, { type: 'finish', outcome: copied }])
    expect(state).toEqual({ phase: 'done', result: copied, openError: null })
    expect(run([{ type: 'opened', exportToken: 'tok', error: 'x' }], state)).toBe(state)
  })
})
