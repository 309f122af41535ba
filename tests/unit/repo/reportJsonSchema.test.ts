import Ajv2020 from 'ajv/dist/2020'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPORT_SCHEMA_PATH, renderReportJsonSchema } from '../../../scripts/gen-json-schema'
import { parseReportText, serializeReport } from '@shared/model/parseReport'
import { referenceReport } from '../../fixtures/referenceReport'

const EXAMPLES = join(__dirname, '../../../examples')
const committed = readFileSync(REPORT_SCHEMA_PATH, 'utf8')

// Formats are left to the patterns zod writes next to them (date-time has both), so no format plugin.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false })
const validate = ajv.compile(JSON.parse(committed) as object)

function schemaErrors(draft: unknown): string[] {
  return validate(draft) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
}

function draftJson(): Record<string, unknown> {
  return JSON.parse(serializeReport(referenceReport({ scale: 0.05 }))) as Record<string, unknown>
}

type Draft = Record<string, unknown> & {
  fields: Record<string, unknown> & { chair: Record<string, unknown> | null; byline: Record<string, unknown> }
  body: { type: string; content: Array<Record<string, unknown>> }
  assets: Record<string, Record<string, unknown>>
}

describe('docs/report.schema.json', () => {
  it('is exactly what scripts/gen-json-schema.ts makes from the zod schema today (run `npm run schema`)', async () => {
    expect(await renderReportJsonSchema()).toBe(committed)
  })

  it('accepts the committed example drafts', () => {
    const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.soantin'))
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) {
      const draft: unknown = JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'))
      expect(schemaErrors(draft), name).toEqual([])
    }
  })

  it('accepts a full draft with every structured block, photos, tables and lists', () => {
    const draft = draftJson()
    expect(Object.keys((draft as Draft).assets).length).toBeGreaterThan(0)
    expect(schemaErrors(draft)).toEqual([])
    expect(parseReportText(JSON.stringify(draft)).ok).toBe(true)
  })

  it('accepts what the app accepts when optional fields with defaults are left out', () => {
    const draft = draftJson() as Draft
    draft.fields.chair = { name: 'Nguyễn Xuân Ký', titles: ['Bí thư Tỉnh ủy'] }
    expect(schemaErrors(draft)).toEqual([])
    expect(parseReportText(JSON.stringify(draft)).ok).toBe(true)
  })

  const breakages: Array<[string, (d: Draft) => void]> = [
    ['another format', (d) => (d.format = 'other-app')],
    ['a newer version', (d) => (d.version = 2)],
    ['no id', (d) => delete d.id],
    ['an unparsable createdAt', (d) => (d.createdAt = '19/9/2022 08:00')],
    ['no title field', (d) => delete d.fields.title],
    ['a meeting date in d/m/y form', (d) => (d.fields.meetingDate = '19/9/2022')],
    ['an unknown time of day', (d) => (d.fields.timeOfDay = 'dem')],
    ['a byline without its unit', (d) => delete d.fields.byline.unit],
    ['a body that is not a doc', (d) => (d.body = { type: 'paragraph', content: [] })],
    ['an unknown node type', (d) => d.body.content.push({ type: 'script', text: 'alert(1)' })],
    [
      'an unknown mark',
      (d) => d.body.content.push({ type: 'text', text: 'x', marks: [{ type: 'onclick' }] }),
    ],
    [
      'an asset that is not an image',
      (d) => (d.assets.x = { mime: 'text/html', data: 'PGI+', name: 'x.html' }),
    ],
    [
      'an asset with a negative width',
      (d) => (d.assets.x = { mime: 'image/png', data: '', name: 'a.png', width: -1 }),
    ],
  ]

  it.each(breakages)('rejects %s, as the app does', (_what, breakDraft) => {
    const draft = draftJson() as Draft
    breakDraft(draft)
    expect(schemaErrors(draft).length).toBeGreaterThan(0)
    expect(parseReportText(JSON.stringify(draft)).ok).toBe(false)
  })
})
