import { z } from './zodLocale'

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const

/** An image embedded in the draft; figures refer to it by id, so the body stays small. */
export const assetSchema = z.object({
  mime: z.enum(IMAGE_MIME_TYPES),
  /** Base64 of the file's bytes. */
  data: z.string(),
  name: z.string(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
})
export type Asset = z.infer<typeof assetSchema>
