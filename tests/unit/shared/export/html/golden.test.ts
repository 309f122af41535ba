import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportHtml } from '@shared/export/html/exportHtml'
import { GOLDEN_CASES } from '../../../../fixtures/goldenCases'
import { prettyHtml } from './prettyHtml'

/** Regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/unit/shared/export/html/golden.test.ts` and review the diff. */
const GOLDEN_DIR = join(__dirname, '../../../../fixtures/golden/html')
const update = process.env.UPDATE_GOLDEN === '1'

const FORMS = [
  { form: 'page', suffix: '.html' },
  { form: 'fragment', suffix: '.fragment.html' },
] as const

describe('HTML export: golden page and fragment per named case', () => {
  for (const { name, report } of GOLDEN_CASES) {
    for (const { form, suffix } of FORMS) {
      it(`${name} (${form})`, () => {
        const actual = prettyHtml(exportHtml(report(), { form }).html)
        const file = join(GOLDEN_DIR, `${name}${suffix}`)
        if (update) {
          mkdirSync(GOLDEN_DIR, { recursive: true })
          writeFileSync(file, actual)
        }
        expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true)
        expect(actual).toBe(readFileSync(file, 'utf8'))
      })
    }
  }
})
