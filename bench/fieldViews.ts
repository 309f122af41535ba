/**
 * Cost of the live field views, in real Chromium, for the seed example (5 places show the presiding
 * body) and for a stress report with 600 field nodes (300 paragraphs, each naming the presiding body
 * and the chair) and 20 bridge points. Measures one keystroke in the body and one keystroke in the
 * panel's "Cơ quan chủ trì" box, which rewrites every place that shows it. Each time runs from keydown
 * to the frame after it is painted. Run: npx tsx bench/fieldViews.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { serializeReport } from '@shared/model/parseReport'
import { createEmptyReport } from '@shared/model/report'
import { buildRenderer } from '../tests/e2e/harness/buildRenderer'
import { launchApp } from '../tests/e2e/harness/launchApp'
import { SEED_EXAMPLE_PATH } from '../scripts/make-seed-example'
import { block, bridgePoints, doc, field, p } from '../tests/fixtures/builders'
import { keyTimesLine, timeKeystrokes } from './lib/keyTimer'
import { openDraft } from './lib/openDraft'

const KEYS = 120
const PARAGRAPHS = 300

function fieldHeavyReport() {
  const report = createEmptyReport({ id: 'bench-fields', now: new Date() })
  report.fields.presidingBody = 'Thường trực Tỉnh ủy'
  report.fields.chair = { name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'], separator: 'comma' }
  report.fields.bridgePoints = Array.from({ length: 20 }, (_v, i) => ({
    id: `bp${i}`,
    place: `xã số ${i + 1}`,
    chair: { name: `Nguyễn Văn ${i + 1}`, titles: ['Bí thư Đảng ủy'], separator: 'comma' as const },
    note: '',
  }))
  report.body = doc(
    block('reportTitle'),
    bridgePoints(),
    ...Array.from({ length: PARAGRAPHS }, (_v, i) =>
      p(
        `Nội dung ${i + 1}: `,
        field('presidingBody'),
        ' yêu cầu các sở, ngành tiếp tục triển khai; đồng chí ',
        field('chair'),
        ' đề nghị rà soát, đánh giá lại việc hỗ trợ nhà đầu tư trong KCN.',
      ),
    ),
  )
  return report
}

const timeKeys = (page: Page, text: string) => timeKeystrokes(page, text, KEYS)
const line = (label: string, times: number[]) => keyTimesLine(label, times, 40)

async function measure(rendererDir: string, path: string, label: string): Promise<void> {
  const app = await launchApp({ rendererDir })
  try {
    const { page } = app
    await openDraft(app, path)
    const views = await page.locator('.st-editor .st-fieldview').count()
    const places = await page.locator('.st-editor [data-field="presidingBody"]').count()
    console.log(`${label}: ${views} field views, ${places} show the presiding body`)
    await page.locator('.st-editor p:not(.st-fieldview)').nth(4).click()
    await page.keyboard.press('End')
    console.log(line('  keystroke in the body', await timeKeys(page, ' báo cáo tình hình kết quả thực hiện')))
    const input = page.getByTestId('field-panel').getByLabel(/Cơ quan chủ trì/)
    const before = await input.inputValue()
    await input.click()
    await input.press('End')
    const typed = ' và Ban Thường vụ'
    console.log(line('  keystroke in the panel', await timeKeys(page, typed)))
    const expected = before + Array.from({ length: KEYS }, (_v, i) => typed[i % typed.length]).join('')
    // What the views wrote, on screen or not: views out of view catch up once typing pauses.
    const shown = await page.locator('.st-editor [data-field="presidingBody"]').allTextContents()
    const current = shown.filter((t) => t === expected).length
    console.log(`  views showing the final text: ${current} of ${shown.length}`)
  } finally {
    await app.close()
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-bench-fields-'))
  try {
    const rendererDir = join(dir, 'renderer')
    buildRenderer(rendererDir)
    const path = join(dir, 'fields.soantin')
    writeFileSync(path, serializeReport(fieldHeavyReport()))
    await measure(rendererDir, SEED_EXAMPLE_PATH, 'seed example')
    await measure(rendererDir, path, `stress report (${PARAGRAPHS} paragraphs)`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
