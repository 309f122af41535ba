import { z } from '../model/zodLocale'
import { bodyDocSchema } from '../model/body'
import { PHOTO_CREDIT_PLACEMENTS, TIMES_OF_DAY } from '../model/fields'
import { personSchema } from '../model/person'

export const TEMPLATE_FORMAT = 'soantin-template'
export const TEMPLATE_VERSION = 1
export const TEMPLATE_EXTENSION = '.json'

/** How often the meeting recurs; "next report" moves the meeting date by this. */
export const PERIODS = ['weekly', 'monthly', 'quarterly', 'one-off'] as const
export type Period = (typeof PERIODS)[number]

const MEETING_KINDS = ['giao-ban', 'hoi-nghi', 'phien-hop', 'khac'] as const

/** The structured fields of a report (the keys of `ReportFields`) a template can use. */
export const TEMPLATE_FIELD_KEYS = [
  'themeHeader',
  'title',
  'meetingDate',
  'timeOfDay',
  'presidingBody',
  'chair',
  'attendees',
  'bridgePoints',
  'photoCredit',
  'byline',
] as const
export type TemplateFieldKey = (typeof TEMPLATE_FIELD_KEYS)[number]

const templateIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'mã mẫu chỉ gồm chữ thường không dấu, số và gạch nối (tối đa 64 ký tự)')

const templateFieldSchema = z.strictObject({
  name: z.enum(TEMPLATE_FIELD_KEYS),
  required: z.boolean().default(false),
})

const defaultBridgePointSchema = z.strictObject({
  place: z.string(),
  chair: personSchema.nullable().default(null),
  note: z.string().default(''),
})

/** Values a new draft starts with; the meeting date and the theme header come from the date and settings. */
export const templateDefaultsSchema = z.strictObject({
  title: z.string().optional(),
  timeOfDay: z.enum(TIMES_OF_DAY).optional(),
  presidingBody: z.string().optional(),
  chair: personSchema.nullable().optional(),
  attendees: z.string().optional(),
  bridgePoints: z.array(defaultBridgePointSchema).optional(),
  photoCredit: z.string().optional(),
  photoCreditPlacement: z.enum(PHOTO_CREDIT_PLACEMENTS).optional(),
  byline: z
    .strictObject({
      prefix: z.string().optional(),
      author: z.string().optional(),
      unit: z.string().optional(),
    })
    .optional(),
})
export type TemplateDefaults = z.infer<typeof templateDefaultsSchema>

/** Version 1 of a template file: a kind of report, its fields and its body skeleton. */
export const templateSchema = z.strictObject({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.literal(TEMPLATE_VERSION),
  id: templateIdSchema,
  name: z.string().trim().min(1, 'tên mẫu không được để trống').max(120),
  description: z.string().max(400).default(''),
  meetingKind: z.enum(MEETING_KINDS),
  period: z.enum(PERIODS),
  online: z.boolean().default(false),
  fields: z.array(templateFieldSchema),
  defaults: templateDefaultsSchema.default({}),
  body: bodyDocSchema,
})
export type Template = z.infer<typeof templateSchema>

export type TemplateSource = 'builtin' | 'user'

/** A template as the app lists it: where it came from and which file holds it. */
export interface LoadedTemplate {
  template: Template
  source: TemplateSource
  fileName: string
}

/** A template file that could not be used: the file, the field and the problem, in Vietnamese. */
export interface TemplateProblem {
  fileName: string
  source: TemplateSource
  field: string
  message: string
  /** `message` for the English interface. */
  en: string
}

/** "Mẫu "x.json" (mẫu của người dùng), trường "period": ..." — one line for logs, the CLI and the UI. */
export function describeTemplateProblem(problem: TemplateProblem): string {
  const where = problem.source === 'user' ? 'mẫu của người dùng' : 'mẫu có sẵn'
  const field = problem.field ? `, trường "${problem.field}"` : ''
  return `Mẫu "${problem.fileName}" (${where})${field}: ${problem.message}`
}

/** `describeTemplateProblem` for the English interface. */
export function describeTemplateProblemEn(problem: TemplateProblem): string {
  const where = problem.source === 'user' ? 'your template' : 'built-in template'
  const field = problem.field ? `, field "${problem.field}"` : ''
  return `Template "${problem.fileName}" (${where})${field}: ${problem.en}`
}
