import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportFormat } from '@main/handlers/ports'
import type { ExportProgress } from '@shared/ipc/contract'
import { serializeReport } from '@shared/model/parseReport'
import { referenceReport } from '../fixtures/referenceReport'
import { partText, unzipDocx } from '../unit/shared/export/docx/docxPackage'
import { FakeDialogs } from './harness/fakeDialogs'
import { launchApp, type AppUnderTest } from './harness/launchApp'

/** The harness's dialogs plus the export save dialog, answering with a file in the test's folder. */
class ExportDialogs extends FakeDialogs {
  constructor(private readonly folder: string) {
    super(folder)
  }

  override async chooseExportPath(_format: ExportFormat, defaultFileName: string): Promise<string | null> {
    return join(this.folder, defaultFileName)
  }
}

describe('Xuất DOCX progress on the reference report', () => {
  let app: AppUnderTest
  let dir: string
  const sent: ExportProgress[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'soantin-'))
    const dialogs = new ExportDialogs(dir)
    app = await launchApp({ deps: { dialogs, onExportProgress: (p) => sent.push(p) } })
    const draft = join(dir, 'tham-chieu.soantin')
    writeFileSync(draft, serializeReport(referenceReport()))
    dialogs.openQueue.push(draft)
    await app.page.keyboard.press('Control+o')
    await app.page.locator('.st-editor figure').nth(9).waitFor({ timeout: 30_000 })
  }, 60_000)
  afterAll(async () => {
    await app?.close()
  })

  it('shows a real percentage that rises through intermediate values to the finished file', async () => {
    // Every percentage the status line shows, as the officer would see it, recorded in the page.
    await app.page.evaluate(() => {
      const seen: string[] = []
      ;(globalThis as unknown as { __seenPercents: string[] }).__seenPercents = seen
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="docx-export-percent"]')?.textContent?.trim()
        if (text && seen.at(-1) !== text) seen.push(text)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await app.page.getByRole('button', { name: 'Xuất DOCX' }).click()
    await expect
      .poll(() => app.page.getByTestId('docx-export').innerText(), { timeout: 60_000 })
      .toContain('Đã xuất')
    const seen = await app.page.evaluate(
      () => (globalThis as unknown as { __seenPercents: string[] }).__seenPercents,
    )
    const percents = seen.map((text) => Number(/^(\d+)%$/.exec(text)?.[1] ?? NaN))
    expect(percents.every(Number.isInteger)).toBe(true)
    const intermediate = percents.filter((p) => p > 0 && p < 100)
    expect(intermediate.length).toBeGreaterThanOrEqual(2)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))

    // Main reported each photo (checked for a print copy), the blocks, then packing as the last
    // step; the file is the whole report.
    const report = referenceReport()
    const blocks = report.body.content?.length ?? 0
    const photos = new Set(JSON.stringify(report.body).match(/"assetId":"[^"]+"/g)).size
    expect(photos).toBe(10)
    const steps = photos + blocks + 1
    expect(sent.every((p) => p.format === 'docx' && p.total === steps)).toBe(true)
    expect(sent.at(-1)?.done).toBe(steps)
    expect(sent.length).toBeGreaterThan(10)
    const [file] = readdirSync(dir).filter((name) => name.endsWith('.docx'))
    const xml = partText(unzipDocx(readFileSync(join(dir, file ?? 'missing.docx'))), 'word/document.xml')
    expect(xml.match(/<w:drawing>/g)).toHaveLength(10)
  }, 90_000)
})
