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
