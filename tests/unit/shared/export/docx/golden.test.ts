import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN_CASES } from '../../../../fixtures/goldenCases'
import { normaliseDocumentXml, partText, prettyXml } from './docxPackage'
import { exportAndOpen } from './docxXml'

/** Regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/unit/shared/export/docx` and review the diff. */
const GOLDEN_DIR = join(__dirname, '../../../../fixtures/golden/docx')
const update = process.env.UPDATE_GOLDEN === '1'

function expectGolden(name: string, actual: string) {
  const file = join(GOLDEN_DIR, name)
  if (update) {
    mkdirSync(GOLDEN_DIR, { recursive: true })
    writeFileSync(file, actual)
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('DOCX export: golden word/document.xml and word/styles.xml', () => {
  for (const { name, report } of GOLDEN_CASES) {
    it(name, async () => {
      const { document, parts } = await exportAndOpen(report())
      expectGolden(`${name}.document.xml`, prettyXml(normaliseDocumentXml(document)))
      // The styles do not depend on the report, so one golden file serves every case.
      if (update && name !== GOLDEN_CASES[0]?.name) return
      expectGolden('styles.xml', prettyXml(normaliseDocumentXml(partText(parts, 'word/styles.xml'))))
    })
  }
})
