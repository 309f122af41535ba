import type { FieldSource } from '@shared/body/fieldSource'
import type { Report } from '@shared/model/report'
import { bodyPlainText } from '@shared/plainText/bodyPlainText'

/** Fields are counted once, from the fields themselves, so the body's fields and blocks read as empty. */
const TYPED_ONLY: FieldSource = {
  fieldText: () => '',
  bridgePointSentences: () => [],
  captionCredit: () => '',
  assetSrc: () => '',
}

/** The words an officer typed in a report, fields first then one line per paragraph: one string to compare. */
export function reportPlainText(report: Report): string {
  const f = report.fields
  const people = [f.chair, ...f.bridgePoints.map((p) => p.chair)]
    .filter((p) => p !== null)
    .map((p) => [p.name, ...p.titles].join(' '))
  const fields = [
    f.themeHeader.text,
    f.title,
    f.presidingBody,
    f.attendees,
    f.photoCredit,
    f.byline.prefix,
    f.byline.author,
    f.byline.unit,
    ...f.bridgePoints.map((p) => `${p.place} ${p.note}`),
    ...people,
  ]
  const body = bodyPlainText(TYPED_ONLY).paragraphs([report.body])
  return [...fields, ...body]
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n')
}

/**
 * How many characters differ between two texts, counted as the span between their common start and
 * common end: cheap, and close to what the officer would call "how much I changed".
 */
export function changeSize(before: string, after: string): number {
  const max = Math.min(before.length, after.length)
  let start = 0
  while (start < max && before[start] === after[start]) start++
  let end = 0
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return Math.max(before.length, after.length) - start - end
}
