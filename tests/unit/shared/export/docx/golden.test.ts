import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN_CASES } from './docxCases'
import { normaliseDocumentXml, prettyXml } from './docxPackage'
import { exportAndOpen } from './docxXml'

/** Regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/unit/shared/export/docx` and review the diff. */
const GOLDEN_DIR = join(__dirname, '../../../../fixtures/golden/docx')
const update = process.env.UPDATE_GOLDEN === '1'

describe('DOCX export: golden word/document.xml', () => {
  for (const { name, report } of GOLDEN_CASES) {
    it(name, async () => {
      const { document } = await exportAndOpen(report())
      const actual = prettyXml(normaliseDocumentXml(document))
      const file = join(GOLDEN_DIR, `${name}.document.xml`)
      if (update) {
        mkdirSync(GOLDEN_DIR, { recursive: true })
        writeFileSync(file, actual)
      }
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true)
      expect(actual).toBe(readFileSync(file, 'utf8'))
    })
  }
})
