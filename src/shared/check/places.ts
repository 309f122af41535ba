import type { TemplateFieldKey } from '../templates/templateSchema'

/** A finding's place in the panel: a field, one of its text values and a range of it. */
export const fieldPlace = (key: TemplateFieldKey, slot: string | null = null, from = 0, to = 0) =>
  ({ kind: 'field', key, slot, from, to }) as const

/** A finding's place in the body: a text block and a range of its text. */
export const bodyPlace = (block: number, from: number, to: number) =>
  ({ kind: 'body', block, from, to }) as const
