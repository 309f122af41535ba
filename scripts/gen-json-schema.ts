// Writes docs/report.schema.json from the zod schema the app itself validates drafts with.
// Usage: npm run schema   (a unit test fails when the committed file differs from what this produces)
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { z } from 'zod'
import { assetSchema } from '@shared/model/assets'
import { bodyDocSchema, bodyNodeSchema } from '@shared/model/body'
import { bridgePointSchema, reportFieldsSchema } from '@shared/model/fields'
import { personSchema } from '@shared/model/person'
import { REPORT_VERSION, reportSchema } from '@shared/model/report'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where the committed schema lives. */
export const REPORT_SCHEMA_PATH = join(ROOT, 'docs/report.schema.json')

/** Names the schema (a URN: there is no web address); drafts do not refer to it. */
const SCHEMA_ID = `urn:soantin:schema:report:${REPORT_VERSION}`

interface SchemaMeta {
  id?: string
  title?: string
  description?: string
}

/** Names and descriptions for the shared parts, so they become readable `$defs` instead of copies. */
function metadata() {
  const registry = z.registry<SchemaMeta>()
  registry.add(reportSchema, {
    title: `Bản thảo Soạn Tin (.soantin), định dạng ${REPORT_VERSION}`,
    description:
      'One self-contained UTF-8 JSON file: structured fields, the TipTap/ProseMirror body and the embedded ' +
      'images. All text is Unicode NFC. Generated from src/shared/model by scripts/gen-json-schema.ts; ' +
      'see docs/format.md.',
  })
  registry.add(reportFieldsSchema, {
    id: 'ReportFields',
    description: 'The structured facts of a giao ban report, typed once and placed by the template.',
  })
  registry.add(personSchema, {
    id: 'Person',
    description: 'A person as a report names them: name, then titles, joined by the chosen separator.',
  })
  registry.add(bridgePointSchema, {
    id: 'BridgePoint',
    description: 'One linked venue (điểm cầu) of an online meeting and who chaired it there.',
  })
  registry.add(assetSchema, {
    id: 'Asset',
    description: 'An embedded image: base64 bytes, MIME type, original file name; figures refer to it by id.',
  })
  registry.add(bodyNodeSchema, {
    id: 'BodyNode',
    description:
      'A ProseMirror node as TipTap getJSON() writes it. Node attrs are checked by the body schema.',
  })
  return registry
}

/** The draft format as a JSON Schema (draft 2020-12) object, describing files as they are read. */
export function buildReportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, {
    io: 'input',
    metadata: metadata(),
    unrepresentable: 'throw',
    override: (ctx) => {
      // The body's root must be a `doc` node: a zod refinement, which JSON Schema only sees if told.
      if ((ctx.zodSchema as unknown) === bodyDocSchema) {
        ctx.jsonSchema.type = 'object'
        ctx.jsonSchema.properties = { type: { const: 'doc' } }
      }
    },
  })
  const { $schema, ...rest } = generated
  return { $schema, $id: SCHEMA_ID, ...rest }
}

/** The schema file's exact text, formatted as Prettier formats the repository. */
export async function renderReportJsonSchema(): Promise<string> {
  const options = (await resolveConfig(REPORT_SCHEMA_PATH)) ?? {}
  return format(JSON.stringify(buildReportJsonSchema(), null, 2), { ...options, parser: 'json' })
}

async function main(): Promise<void> {
  writeFileSync(REPORT_SCHEMA_PATH, await renderReportJsonSchema())
  console.log(`Wrote ${REPORT_SCHEMA_PATH}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
