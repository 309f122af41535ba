import { z } from './zodLocale'
import { personSchema } from './person'

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    // Date.parse rolls 2022-02-30 over into March, so compare the parts back.
    const d = new Date(s + 'T00:00:00Z')
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'ngày không có thật')

export const TIMES_OF_DAY = ['', 'sang', 'trua', 'chieu', 'toi'] as const
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]

/**
 * Where the photo credit prints, by the unit's convention: after each caption, "(Ảnh: …)", or once,
 * on a line under the byline, "Ảnh: …".
 */
export const PHOTO_CREDIT_PLACEMENTS = ['caption', 'byline'] as const

export const bridgePointSchema = z.object({
  id: z.string().min(1),
  place: z.string(),
  chair: personSchema.nullable(),
  note: z.string().default(''),
})
export type BridgePoint = z.infer<typeof bridgePointSchema>

/** The structured facts of a giao ban report, typed once and placed by the template. */
export const reportFieldsSchema = z.object({
  themeHeader: z.object({ text: z.string(), overridden: z.boolean() }),
  title: z.string(),
  meetingDate: isoDateSchema.nullable(),
  timeOfDay: z.enum(TIMES_OF_DAY),
  presidingBody: z.string(),
  chair: personSchema.nullable(),
  attendees: z.string(),
  bridgePoints: z.array(bridgePointSchema),
  photoCredit: z.string(),
  // Drafts written before the choice existed print the credit after each caption.
  photoCreditPlacement: z.enum(PHOTO_CREDIT_PLACEMENTS).default('caption'),
  byline: z.object({ prefix: z.string(), author: z.string(), unit: z.string() }),
})
export type ReportFields = z.infer<typeof reportFieldsSchema>

export function emptyFields(): ReportFields {
  return {
    themeHeader: { text: '', overridden: false },
    title: '',
    meetingDate: null,
    timeOfDay: '',
    presidingBody: '',
    chair: null,
    attendees: '',
    bridgePoints: [],
    photoCredit: '',
    photoCreditPlacement: 'caption',
    byline: { prefix: '', author: '', unit: '' },
  }
}
