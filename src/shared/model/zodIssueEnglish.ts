import en from 'zod/v4/locales/en.js'
import type { z } from './zodLocale'

const englishZod = en().localeError

/**
 * Zod's English for an issue (zod speaks Vietnamese in this app), first letter lower-case for use
 * inside a sentence; a custom rule keeps its own words.
 */
export function zodIssueEnglish(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') return issue.message
  const said = englishZod(issue as Parameters<typeof englishZod>[0])
  const text = typeof said === 'string' ? said : said?.message
  return text ? text.charAt(0).toLowerCase() + text.slice(1) : 'invalid value'
}
