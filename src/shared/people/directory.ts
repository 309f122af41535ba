import type { Said } from '../text/said'
import { personKey, sortPeople, type DirectoryEntry, type PersonRecord } from './people'

type Edited = { ok: true; people: PersonRecord[] } | { ok: false; said: Said }

const tidy = (text: string) => text.normalize('NFC').trim().replace(/\s+/gu, ' ')

/** Trimmed, NFC, one space between words; empty and repeated titles dropped, periods kept only for kept titles. */
export function tidyEntry(entry: DirectoryEntry): DirectoryEntry {
  const titles = [...new Set(entry.titles.map(tidy).filter(Boolean))]
  const periods = entry.periods
    .map((p) => ({ title: tidy(p.title), from: p.from.trim(), to: p.to.trim() }))
    .filter(
      (p, i, all) =>
        titles.includes(p.title) && (p.from || p.to) && all.findIndex((q) => q.title === p.title) === i,
    )
  return { name: tidy(entry.name), titles, separator: entry.separator, unit: tidy(entry.unit), periods }
}

const NO_NAME: Said = { vi: 'Hãy ghi họ và tên người này.', en: 'Write the name of this person.' }

/**
 * Adds a person (`original` null) or changes the one named `original`; their count of uses stays.
 * A name another entry already has is refused: two entries for one person are merged, not renamed.
 */
export function savePersonIn(
  list: readonly PersonRecord[],
  original: string | null,
  input: DirectoryEntry,
): Edited {
  const entry = tidyEntry(input)
  if (!entry.name) return { ok: false, said: NO_NAME }
  const originalKey = original === null ? null : personKey(original)
  const key = personKey(entry.name)
  const clash = list.find((p) => personKey(p.name) === key && personKey(p.name) !== originalKey)
  if (clash) {
    return {
      ok: false,
      said: {
        vi: `Danh bạ đã có “${clash.name}”. Nếu là một người, hãy chọn cả hai rồi bấm “Gộp”.`,
        en: `The directory already has “${clash.name}”. If they are one person, select both and choose “Merge”.`,
      },
    }
  }
  const previous = originalKey === null ? undefined : list.find((p) => personKey(p.name) === originalKey)
  const saved: PersonRecord = { ...entry, uses: previous?.uses ?? 0, lastUsed: previous?.lastUsed ?? null }
  const rest = previous ? list.filter((p) => p !== previous) : list
  return { ok: true, people: sortPeople([...rest, saved]) }
}

/** The list without the people named (any case or spacing). */
export function deletePeopleFrom(list: readonly PersonRecord[], names: readonly string[]): PersonRecord[] {
  const keys = new Set(names.map(personKey))
  return list.filter((p) => !keys.has(personKey(p.name)))
}

/**
 * Several entries that are one person become the entry named `keep`: its spelling, titles and unit
 * first, then the others' titles it lacks (an exact repeat is dropped), their uses added up and the
 * latest use kept. A title spelled two ways survives both ways: the officer deletes the wrong one.
 */
export function mergePeopleIn(list: readonly PersonRecord[], names: readonly string[], keep: string): Edited {
  const keys = new Set([...names, keep].map(personKey))
  const chosen = list.filter((p) => keys.has(personKey(p.name)))
  const kept = chosen.find((p) => personKey(p.name) === personKey(keep))
  if (!kept || chosen.length < 2) {
    return {
      ok: false,
      said: { vi: 'Hãy chọn ít nhất hai người để gộp.', en: 'Select at least two people to merge.' },
    }
  }
  const others = chosen.filter((p) => p !== kept)
  const titles = [...kept.titles]
  const periods = [...kept.periods]
  for (const other of others) {
    for (const title of other.titles) {
      if (titles.includes(title)) continue
      titles.push(title)
      const period = other.periods.find((p) => p.title === title)
      if (period) periods.push(period)
    }
  }
  const lastUsed = chosen
    .map((p) => p.lastUsed)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1)
  const merged: PersonRecord = {
    ...tidyEntry({ ...kept, titles, periods, unit: kept.unit || (others.find((p) => p.unit)?.unit ?? '') }),
    uses: chosen.reduce((sum, p) => sum + p.uses, 0),
    lastUsed: lastUsed ?? null,
  }
  return { ok: true, people: sortPeople([...list.filter((p) => !chosen.includes(p)), merged]) }
}

/**
 * People read from a CSV file joined to the list: a known name takes the file's titles, periods and
 * unit (the file is what the officer edited), keeping its uses and separator; a new name is added.
 */
export function importPeopleInto(
  list: readonly PersonRecord[],
  imported: readonly DirectoryEntry[],
): { people: PersonRecord[]; added: number; updated: number } {
  const byKey = new Map(list.map((p) => [personKey(p.name), p]))
  let added = 0
  let updated = 0
  for (const input of imported) {
    const entry = tidyEntry(input)
    if (!entry.name) continue
    const key = personKey(entry.name)
    const previous = byKey.get(key)
    if (previous) updated++
    else added++
    byKey.set(key, {
      ...entry,
      separator: previous?.separator ?? entry.separator,
      uses: previous?.uses ?? 0,
      lastUsed: previous?.lastUsed ?? null,
    })
  }
  return { people: sortPeople([...byKey.values()]), added, updated }
}
