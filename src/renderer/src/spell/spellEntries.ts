import type { MenuEntry } from '../menus/PopupMenu'

/** The misspelt word right-clicked: its corrections, then "Thêm vào từ điển". */
export interface SpellEntries {
  suggestions: string[]
  noSuggestions: string
  addToDictionary: string
  /** False for a word the user dictionary cannot hold (too long). */
  canAdd: boolean
  replace(suggestion: string): void
  add(): void
}

/** The corrections as menu entries, then "Thêm vào từ điển"; "no suggestions" when there are none. */
export function spellEntries(spell: SpellEntries): MenuEntry[] {
  const entries: MenuEntry[] = spell.suggestions.map((s, i) => ({
    key: `spell-${i}`,
    label: s,
    enabled: true,
    run: () => spell.replace(s),
  }))
  if (entries.length === 0) {
    entries.push({ key: 'spell-none', label: spell.noSuggestions, enabled: false, run: () => undefined })
  }
  entries.push({ key: 'spell-add', label: spell.addToDictionary, enabled: spell.canAdd, run: spell.add })
  return entries
}
