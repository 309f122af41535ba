import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import { report } from '../../../../fixtures/builders'
import { ODD_TABLES } from '../../../../fixtures/oddTables'
import { errorsOf, runVnu } from './vnu'

describe('odd tables', () => {
  it('export to a page the W3C Nu HTML checker finds no error in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soantin-tables-'))
    try {
      const file = join(dir, 'tables.html')
      writeFileSync(file, exportHtml(report(...ODD_TABLES.map((c) => c.table))).html)
      const messages = errorsOf((await runVnu([file])).get(file) ?? [])
      expect(messages.map((m) => `${m.lastLine}: ${m.message} [${m.extract ?? ''}]`)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
