import { z } from './zodLocale'
import { assetSchema } from './assets'
import { bodyDocSchema, emptyBody } from './body'
import { emptyFields, reportFieldsSchema } from './fields'

export const REPORT_FORMAT = 'soantin-report'
export const REPORT_VERSION = 1
export const DRAFT_EXTENSION = '.soantin'

/** Version 1 of the `.soantin` draft file: one self-contained UTF-8 JSON document. */
export const reportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  id: z.string().min(1),
  templateId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  fields: reportFieldsSchema,
  body: bodyDocSchema,
  assets: z.record(z.string(), assetSchema),
})
export type Report = z.infer<typeof reportSchema>

interface NewReportOptions {
  id: string
  now: Date
  templateId?: string | null
}

export function createEmptyReport({ id, now, templateId = null }: NewReportOptions): Report {
  const stamp = now.toISOString()
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    id,
    templateId,
    createdAt: stamp,
    updatedAt: stamp,
    fields: emptyFields(),
    body: emptyBody(),
    assets: {},
  }
}
