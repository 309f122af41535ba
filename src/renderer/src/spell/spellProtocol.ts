import type { ToneStyle } from '@shared/text/toneStyle'
import type { Misspelling } from '@shared/spell/wordChecker'

/** A text to check (a paragraph, a panel box), named by the sender. */
export interface SpellItem {
  key: string
  text: string
}

export type SpellRequest =
  | { type: 'check'; id: number; items: SpellItem[] }
  | { type: 'suggest'; id: number; word: string }
  /** Names and titles (people, templates, the report's fields) and the user dictionary. */
  | { type: 'accept'; names: string[]; userWords: string[] }
  | { type: 'style'; style: ToneStyle }

export type SpellResponse =
  /** `ms`: time the worker spent checking, for the benchmark. */
  | { type: 'checked'; id: number; results: { key: string; misspellings: Misspelling[] }[]; ms: number }
  | { type: 'suggested'; id: number; suggestions: string[] }
