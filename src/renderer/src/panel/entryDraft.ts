import { PERIOD_BOUND, type DirectoryEntry, type PersonRecord } from '@shared/people/people'

/** One title row of the form: what the officer types, checked on save. */
export interface TitleDraft {
  title: string
  from: string
  to: string
}

/** The person form's contents; `original` is the name being edited, null for a new person. */
export interface EntryDraft {
  original: string | null
  name: string
  unit: string
  titles: TitleDraft[]
  separator: PersonRecord['separator']
}

export function emptyDraft(): EntryDraft {
  return { original: null, name: '', unit: '', titles: [{ title: '', from: '', to: '' }], separator: 'comma' }
}

export function draftOf(person: PersonRecord): EntryDraft {
  const titles = person.titles.map((title) => {
    const period = person.periods.find((p) => p.title === title)
    return { title, from: period?.from ?? '', to: period?.to ?? '' }
  })
  return {
    original: person.name,
    name: person.name,
    unit: person.unit,
    titles: titles.length > 0 ? titles : [{ title: '', from: '', to: '' }],
    separator: person.separator,
  }
}

/** The entry to save, or the first period bound that is not a year, month or date. */
export function entryOfDraft(draft: EntryDraft): { entry: DirectoryEntry } | { badPeriod: string } {
  const rows = draft.titles.map((r) => ({ title: r.title.trim(), from: r.from.trim(), to: r.to.trim() }))
  const bad = rows.flatMap((r) => [r.from, r.to]).find((b) => !PERIOD_BOUND.test(b))
  if (bad !== undefined) return { badPeriod: bad }
  const kept = rows.filter((r) => r.title)
  return {
    entry: {
      name: draft.name,
      unit: draft.unit,
      separator: draft.separator,
      titles: kept.map((r) => r.title),
      periods: kept.filter((r) => r.from || r.to),
    },
  }
}
