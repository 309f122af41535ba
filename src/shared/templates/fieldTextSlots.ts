import type { ReportFields } from '../model/fields'
import type { Person } from '../model/person'
import type { Matcher } from '../text/findMatches'
import type { TemplateFieldKey } from './templateSchema'

/** One free-text value of the fields, as the panel edits it (the date and choices are not text). */
interface FieldTextSlot {
  key: TemplateFieldKey
  /** Stable while the fields change: "chair.name", "bridgePoints.<point id>.note", ... */
  id: string
  text: string
  write(fields: ReportFields, text: string): ReportFields
}

/** A find match inside a field value; offsets are into the slot's text. */
export interface FieldHit {
  key: TemplateFieldKey
  slotId: string
  from: number
  to: number
}

function personSlots(
  key: TemplateFieldKey,
  prefix: string,
  person: Person | null,
  put: (f: ReportFields, change: (p: Person) => Person) => ReportFields,
): FieldTextSlot[] {
  if (!person) return []
  return [
    { key, id: `${prefix}.name`, text: person.name, write: (f, name) => put(f, (p) => ({ ...p, name })) },
    ...person.titles.map((title, i): FieldTextSlot => ({
      key,
      id: `${prefix}.titles.${i}`,
      text: title,
      write: (f, text) => put(f, (p) => ({ ...p, titles: p.titles.map((t, j) => (j === i ? text : t)) })),
    })),
  ]
}

/** The text values in the panel's order, top to bottom. */
export function fieldTextSlots(fields: ReportFields): FieldTextSlot[] {
  const plain = (key: 'title' | 'presidingBody' | 'attendees' | 'photoCredit'): FieldTextSlot => ({
    key,
    id: key,
    text: fields[key],
    write: (f, text) => ({ ...f, [key]: text }),
  })
  const byline = (part: 'prefix' | 'author' | 'unit'): FieldTextSlot => ({
    key: 'byline',
    id: `byline.${part}`,
    text: fields.byline[part],
    write: (f, text) => ({ ...f, byline: { ...f.byline, [part]: text } }),
  })
  return [
    {
      key: 'themeHeader',
      id: 'themeHeader',
      text: fields.themeHeader.text,
      // A replaced header is the officer's own text from now on, like one typed in the panel.
      write: (f, text) => ({ ...f, themeHeader: { text, overridden: true } }),
    },
    plain('title'),
    plain('presidingBody'),
    ...personSlots('chair', 'chair', fields.chair, (f, change) => ({
      ...f,
      chair: f.chair ? change(f.chair) : f.chair,
    })),
    plain('attendees'),
    ...fields.bridgePoints.flatMap((bp): FieldTextSlot[] => {
      const update = (f: ReportFields, change: (p: (typeof f.bridgePoints)[number]) => typeof p) => ({
        ...f,
        bridgePoints: f.bridgePoints.map((p) => (p.id === bp.id ? change(p) : p)),
      })
      return [
        {
          key: 'bridgePoints',
          id: `bridgePoints.${bp.id}.place`,
          text: bp.place,
          write: (f, place) => update(f, (p) => ({ ...p, place })),
        },
        ...personSlots('bridgePoints', `bridgePoints.${bp.id}.chair`, bp.chair, (f, change) =>
          update(f, (p) => ({ ...p, chair: p.chair ? change(p.chair) : p.chair })),
        ),
        {
          key: 'bridgePoints',
          id: `bridgePoints.${bp.id}.note`,
          text: bp.note,
          write: (f, note) => update(f, (p) => ({ ...p, note })),
        },
      ]
    }),
    plain('photoCredit'),
    byline('prefix'),
    byline('author'),
    byline('unit'),
  ]
}

/** Matches in the field values, slot by slot in the panel's order, at most `limit`. */
export function findInFields(fields: ReportFields, matcher: Matcher, limit: number): FieldHit[] {
  const hits: FieldHit[] = []
  for (const slot of fieldTextSlots(fields)) {
    if (hits.length >= limit) break
    for (const m of matcher(slot.text, limit - hits.length)) {
      hits.push({ key: slot.key, slotId: slot.id, from: m.from, to: m.to })
    }
  }
  return hits
}

/**
 * The fields with the given hits replaced. Hits found in these same fields; a slot whose text no
 * longer covers a hit is left alone rather than cut in the wrong place.
 */
export function replaceFieldHits(
  fields: ReportFields,
  hits: readonly FieldHit[],
  replacement: string,
): ReportFields {
  let next = fields
  for (const slot of fieldTextSlots(fields)) {
    const own = hits.filter((h) => h.slotId === slot.id).sort((a, b) => b.from - a.from)
    if (own.length === 0 || own.some((h) => h.to > slot.text.length)) continue
    let text = slot.text
    for (const h of own) text = text.slice(0, h.from) + replacement + text.slice(h.to)
    next = slot.write(next, text)
  }
  return next
}

/** The fields with every text value passed through `change`; the same object when nothing changes. */
export function mapFieldTexts(fields: ReportFields, change: (text: string) => string): ReportFields {
  let next = fields
  for (const slot of fieldTextSlots(fields)) {
    const text = change(slot.text)
    if (text !== slot.text) next = slot.write(next, text)
  }
  return next
}
