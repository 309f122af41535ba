import type { ReportFields } from '../model/fields'
import { peopleInFields } from '../people/people'
import type { LoadedTemplate } from '../templates/templateSchema'
import { spellTokens } from './spellTokens'

/** A bound on what is gathered: a huge people list or template must not make the checker slow. */
const MAX_WORDS = 20_000
const MAX_DEPTH = 8

/**
 * The words of every string inside `values` (people with their titles, templates, a report's fields):
 * names and titles the officer uses, accepted by the checker as they are written there.
 */
export function acceptedWords(values: readonly unknown[]): string[] {
  const words = new Set<string>()
  const visit = (value: unknown, depth: number) => {
    if (words.size >= MAX_WORDS || depth > MAX_DEPTH) return
    if (typeof value === 'string') {
      for (const t of spellTokens(value.normalize('NFC'))) words.add(t.word)
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1)
    } else if (typeof value === 'object' && value !== null) {
      for (const v of Object.values(value)) visit(v, depth + 1)
    }
  }
  for (const v of values) visit(v, 0)
  return [...words].slice(0, MAX_WORDS)
}

/**
 * The names a report's fields hold — the chairs' names, the bridge points' places, the author and the
 * photographer — for `acceptedWords`. Titles, the presiding body and the prose fields (title,
 * attendees, the theme, notes) are left out: they are checked, never trusted, so a slip typed in one
 * is underlined rather than accepted everywhere.
 */
export function nameFields(fields: ReportFields): unknown[] {
  return [
    peopleInFields(fields).map((p) => p.name),
    fields.bridgePoints.map((b) => b.place),
    fields.byline.author,
    fields.photoCredit,
  ]
}

/**
 * The names the templates' defaults hold (their chairs' names and bridge points' places): never a
 * template's id, file name or skeleton text, whose unaccented or placeholder words are no Vietnamese.
 */
export function templateNames(templates: readonly Pick<LoadedTemplate, 'template'>[]): unknown[] {
  return templates.map(({ template: { defaults } }) => [
    defaults.chair?.name ?? '',
    (defaults.bridgePoints ?? []).map((b) => b.place),
    defaults.byline?.author ?? '',
  ])
}
