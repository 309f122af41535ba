import { z } from '../model/zodLocale'
import type { ReportFields } from '../model/fields'
import { personSchema, type Person } from '../model/person'
import { stripVietnameseMarks } from '../text/stripVietnameseMarks'
import { titleCorrections } from './titleCorrections'

/** Longest name, title or unit the directory keeps (a title line in a report is far shorter). */
export const MAX_PEOPLE_TEXT = 300
/** Most titles one person has in the directory. */
export const MAX_TITLES = 30

/** When a period starts or ends: a year, year-month or date ("2020", "2020-05", "2020-05-01"), or '' (open). */
export const PERIOD_BOUND = /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/

/** The period one of the person's titles is held; either end may be open. */
const titlePeriodSchema = z.object({
  title: z.string().max(MAX_PEOPLE_TEXT),
  from: z.string().regex(PERIOD_BOUND).default(''),
  to: z.string().regex(PERIOD_BOUND).default(''),
})

/**
 * An entry of the people directory as the officer edits it: the person as a report names them, their
 * unit, and when each title is held. Files written before the directory lack `unit` and `periods`.
 */
export const directoryEntrySchema = personSchema.extend({
  name: z.string().max(MAX_PEOPLE_TEXT),
  titles: z.array(z.string().max(MAX_PEOPLE_TEXT)).max(MAX_TITLES),
  unit: z.string().max(MAX_PEOPLE_TEXT).default(''),
  periods: z.array(titlePeriodSchema).max(MAX_TITLES).default([]),
})
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>

/** A person of the directory, with how often and when a saved report last named them. */
export const personRecordSchema = directoryEntrySchema.extend({
  uses: z.number().int().min(0).default(1),
  lastUsed: z.iso.datetime().nullable().default(null),
})
export type PersonRecord = z.infer<typeof personRecordSchema>

const clip = (value: unknown): unknown =>
  typeof value === 'string' ? value.slice(0, MAX_PEOPLE_TEXT) : value

/**
 * Files written before the directory had limits may hold a longer name or more titles: those are cut
 * to the limits as the file is read, so one long entry never costs the officer the whole directory.
 */
function withinLimits(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  const list = (v: unknown) => (Array.isArray(v) ? v.slice(0, MAX_TITLES) : v)
  const titles = list(record.titles)
  return {
    ...record,
    name: clip(record.name),
    titles: Array.isArray(titles) ? titles.map(clip) : titles,
    ...('unit' in record ? { unit: clip(record.unit) } : {}),
    ...('periods' in record ? { periods: list(record.periods) } : {}),
  }
}

export const peopleFileSchema = z.object({
  version: z.literal(1),
  people: z.array(z.preprocess(withinLimits, personRecordSchema)),
})
export type PeopleFile = z.infer<typeof peopleFileSchema>

/** Vietnamese collation: A Ă Â B C D Đ E Ê …, tones after the base letter; plain `sort()` gets this wrong. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true })

/** Two spellings of one name are one person: same letters and tones, any case or spacing. */
export function personKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')
}

/** Text without tone marks or the đ stroke, lower case: "Đỗ Thị Hường" → "do thi huong". */
export function foldVietnamese(text: string): string {
  return stripVietnameseMarks(text).toLocaleLowerCase('vi')
}

/** Everyone a report names as a chair: the main venue's and each bridge point's. */
export function peopleInFields(fields: ReportFields): Person[] {
  const people = [fields.chair, ...fields.bridgePoints.map((p) => p.chair)]
  return people.filter((p): p is Person => p !== null && p.name.trim() !== '')
}

/** Sorted by name with Vietnamese collation, then by titles. */
export function sortPeople<T extends Person>(people: readonly T[]): T[] {
  return [...people].sort(
    (a, b) =>
      vietnameseCollator.compare(a.name, b.name) ||
      vietnameseCollator.compare(a.titles.join(', '), b.titles.join(', ')),
  )
}

/**
 * Adds the people used in a report to the directory. A new name is added with its titles. A known
 * one keeps what the directory holds — its spelling, titles, periods and unit, which the officer may
 * have set by hand — and gains only titles it does not have yet (a promotion), never one the
 * directory would correct (a typo, another case or tone style). An old report saved again removes
 * nothing. The result is sorted.
 */
export function rememberPeople(
  list: readonly PersonRecord[],
  used: readonly Person[],
  now: Date,
): PersonRecord[] {
  const byKey = new Map(list.map((p) => [personKey(p.name), { ...p }]))
  for (const person of used) {
    const name = person.name.normalize('NFC').trim().replace(/\s+/g, ' ')
    // The directory's limits: a name or title longer than a line of a report is not one to suggest.
    if (!name || name.length > MAX_PEOPLE_TEXT) continue
    const key = personKey(name)
    const titles = person.titles
      .map((t) => t.normalize('NFC').trim())
      .filter((t) => t && t.length <= MAX_PEOPLE_TEXT)
      .slice(0, MAX_TITLES)
    const previous = byKey.get(key)
    if (!previous) {
      byKey.set(key, {
        name,
        titles,
        separator: person.separator,
        unit: '',
        periods: [],
        uses: 1,
        lastUsed: now.toISOString(),
      })
      continue
    }
    const corrected = new Set(titleCorrections([previous], { name, titles }).map((c) => c.index))
    const added = titles.filter((t, i) => !previous.titles.includes(t) && !corrected.has(i))
    byKey.set(key, {
      ...previous,
      titles: [...previous.titles, ...added].slice(0, MAX_TITLES),
      uses: previous.uses + 1,
      lastUsed: now.toISOString(),
    })
  }
  return sortPeople([...byKey.values()])
}

/**
 * People whose name contains what the officer typed, ignoring tones and case ("huong" finds
 * "Hường"), in Vietnamese order.
 */
export function suggestPeople<T extends Person>(people: readonly T[], query: string, limit = 8): T[] {
  const q = foldVietnamese(query.trim())
  const matches = q ? people.filter((p) => foldVietnamese(p.name).includes(q)) : [...people]
  return sortPeople(matches).slice(0, limit)
}
