import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportHtml, type HtmlExportOptions } from '../../../../src/shared/export/html/exportHtml'
import type { Report } from '../../../../src/shared/model/report'
import { htmlCases } from './htmlCases'
import { seedReport } from './seedExample'
import { errorsOf, runVnu, type VnuMessage } from './vnu'
import { xssReport } from './xssVectors'

/** The fragment as a portal page would hold it, with nothing else the checker could complain about. */
function wrapFragment(fragment: string): string {
  return `<!doctype html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>Trang cổng thông tin</title></head>\n<body>\n${fragment}</body>\n</html>\n`
}

interface Checked {
  label: string
  file: string
}

const inputs: Array<{ name: string; report: Report; options?: HtmlExportOptions }> = [
  ...htmlCases(),
  { name: 'seed/example', report: seedReport() },
  { name: 'xss/vectors', report: xssReport() },
]

describe('every exported HTML passes the W3C Nu HTML checker with zero errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soantin-'))
  const checked: Checked[] = []
  let results = new Map<string, VnuMessage[]>()

  beforeAll(async () => {
    inputs.forEach((c, i) => {
      const page = join(dir, `${String(i).padStart(2, '0')}-page.html`)
      writeFileSync(page, exportHtml(c.report, { ...c.options, form: 'page' }).html)
      const fragment = join(dir, `${String(i).padStart(2, '0')}-fragment.html`)
      writeFileSync(fragment, wrapFragment(exportHtml(c.report, { ...c.options, form: 'fragment' }).html))
      checked.push(
        { label: `${c.name} (page)`, file: page },
        { label: `${c.name} (fragment)`, file: fragment },
      )
    })
    results = await runVnu(checked.map((c) => c.file))
  }, 180_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('checked every file', () => {
    expect(checked).toHaveLength(inputs.length * 2)
    for (const c of checked) expect(results.has(c.file), c.label).toBe(true)
  })

  for (const [i, c] of inputs.entries()) {
    for (const form of ['page', 'fragment'] as const) {
      it(`${c.name} (${form})`, () => {
        const file = join(dir, `${String(i).padStart(2, '0')}-${form}.html`)
        const errors = errorsOf(results.get(file) ?? []).map(
          (m) => `${m.lastLine}: ${m.message} [${m.extract ?? ''}]`,
        )
        expect(errors).toEqual([])
      })
    }
  }

  it('the checker does find errors (so zero means something)', async () => {
    const bad = join(dir, 'broken.html')
    writeFileSync(bad, '<!doctype html><html><head></head><body><p><div>x</p><img src=x></body></html>')
    const messages = await runVnu([bad])
    expect(errorsOf(messages.get(bad) ?? []).length).toBeGreaterThan(2)
  }, 60_000)
})
