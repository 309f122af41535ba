import type { Said } from '../text/said'
import type { TemplateFieldKey } from '../templates/templateSchema'

/** Errors make `soantin check` exit 1; warnings are worth a look. Export warns on both, never blocks. */
export type Severity = 'error' | 'warning'

/** Every rule of the pre-publication check, with a stable id (docs/checks.md lists them). */
export const CHECK_RULES = {
  'required-field': 'error',
  placeholder: 'error',
  'theme-year': 'error',
  'lead-date': 'error',
  'lead-weekday': 'error',
  'legacy-encoding': 'error',
  'photo-caption': 'warning',
  'photo-alt': 'warning',
  'photo-print-size': 'warning',
  'photo-web-weight': 'warning',
  'not-nfc': 'warning',
  'mixed-tone-style': 'warning',
  'english-number': 'warning',
  'double-space': 'warning',
  'space-before-punctuation': 'warning',
  'missing-space-after-punctuation': 'warning',
  'unbalanced-quotes': 'warning',
  'unbalanced-brackets': 'warning',
  'person-title-mismatch': 'warning',
  'directory-title': 'warning',
  'office-capitalisation': 'warning',
  'closing-mark': 'warning',
} as const satisfies Record<string, Severity>
export type RuleId = keyof typeof CHECK_RULES

/**
 * Where a finding is. In the body: the index of a text block (paragraph, heading, caption, table-cell
 * paragraph, in document order) and offsets into its text, in which a field shown in the body counts
 * one character, as it counts one position in the editor. In the panel: a field and one of its text
 * values (`slot`, as `fieldTextSlots` names them), or the field as a whole.
 */
export type FindingPlace =
  | { kind: 'body'; block: number; from: number; to: number }
  | { kind: 'field'; key: TemplateFieldKey; slot: string | null; from: number; to: number }

export interface Finding {
  rule: RuleId
  severity: Severity
  message: Said
  place: FindingPlace
  /** The words around the finding, for a list or a terminal. */
  excerpt: string
  /** A fix safe to make in one click: the text that replaces the place's range. */
  fix?: { text: string; label: Said }
}

/** A finding with its rule's severity. */
export function finding(
  rule: RuleId,
  place: FindingPlace,
  message: Said,
  excerpt: string,
  fix?: Finding['fix'],
): Finding {
  return { rule, severity: CHECK_RULES[rule], message, place, excerpt, ...(fix ? { fix } : {}) }
}
