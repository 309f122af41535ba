import { z } from '../model/zodLocale'

/** Bounds of the user dictionary: a word is one syllable or a name, the list stays small to load. */
export const USER_DICTIONARY_LIMITS = { maxWords: 5000, maxWordLength: 40 } as const

/** A word the officer added ("Thêm vào từ điển"): letters and marks only, as the checker sees words. */
export const userWordSchema = z
  .string()
  .min(1)
  .max(USER_DICTIONARY_LIMITS.maxWordLength)
  .regex(/^[\p{L}\p{M}]+$/u)

export const userDictionaryFileSchema = z.object({
  version: z.literal(1),
  words: z.array(userWordSchema).max(USER_DICTIONARY_LIMITS.maxWords),
})
export type UserDictionaryFile = z.infer<typeof userDictionaryFileSchema>
