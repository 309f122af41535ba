import { fieldTextSlots } from '../templates/fieldTextSlots'
import { FIELD_IN_TEXT, type CheckInput } from './checkInput'
import type { FindingPlace } from './findings'

/** A piece of text the officer typed, in the body or in a field, and how to name a range of it. */
export interface TextSpot {
  text: string
  place(from: number, to: number): FindingPlace
  /** A caption, a table cell…: some rules read these more leniently. */
  kind: 'body' | 'caption' | 'cell' | 'field'
}

/** The fields' text values in the panel's order, then the body's blocks in document order. */
export function textSpots(input: CheckInput): TextSpot[] {
  const fields = fieldTextSlots(input.fields).map((slot): TextSpot => ({
    text: slot.text,
    kind: 'field',
    place: (from, to) => ({ kind: 'field', key: slot.key, slot: slot.id, from, to }),
  }))
  const body = input.blocks.map((block, i): TextSpot => ({
    text: block.text,
    kind: block.photo ? 'caption' : block.inTable ? 'cell' : 'body',
    place: (from, to) => ({ kind: 'body', block: i, from, to }),
  }))
  return [...fields, ...body]
}

/** Up to `room` characters either side of a range, on one line, for a list or a terminal. */
export function excerptOf(text: string, from: number, to: number, room = 30): string {
  const start = Math.max(0, from - room)
  const end = Math.min(text.length, to + room)
  const middle = text
    .slice(start, end)
    .replaceAll(FIELD_IN_TEXT, '▫')
    .replace(/\s*\n\s*/g, ' ⏎ ')
  return (start > 0 ? '…' : '') + middle + (end < text.length ? '…' : '')
}

/**
 * The smallest range of `text` that differs from `next`, and what replaces it: a fix then touches only
 * the letters it changes, so formatting around them stays.
 */
export function changedRange(text: string, next: string): { from: number; to: number; text: string } | null {
  if (text === next) return null
  let start = 0
  while (start < text.length && start < next.length && text[start] === next[start]) start++
  let end = 0
  while (
    end < text.length - start &&
    end < next.length - start &&
    text[text.length - 1 - end] === next[next.length - 1 - end]
  )
    end++
  return { from: start, to: text.length - end, text: next.slice(start, next.length - end) }
}
