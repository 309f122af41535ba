import type { Said } from '@shared/text/said'
import { USER_DICTIONARY_LIMITS } from '@shared/spell/userDictionary'
import type { SpellEntries } from './spellEntries'
import { api } from '../ipc/api'
import type { StatusMessage } from '../status/statusMessage'
import { spellService } from './spellService'

/** How long the menu waits for the worker's suggestions before it opens without them. */
const SUGGEST_WAIT_MS = 400

interface SpellMenuArgs {
  word: string
  /** The one fix of a known two-syllable slip; else the worker is asked. */
  fix?: string
  labels: { noSuggestions: string; addToDictionary: string }
  replace(suggestion: string): void
  onStatus(status: StatusMessage): void
  onError(text: string, said?: Said): void
}

/** The spell-check part of a right-click menu on a misspelt word (the body's or a panel box's). */
export async function spellMenuEntries(args: SpellMenuArgs): Promise<SpellEntries> {
  const suggestions =
    args.fix !== undefined
      ? [args.fix]
      : await Promise.race([
          spellService.suggest(args.word),
          new Promise<string[]>((resolve) => setTimeout(() => resolve([]), SUGGEST_WAIT_MS)),
        ])
  return {
    suggestions,
    noSuggestions: args.labels.noSuggestions,
    addToDictionary: args.labels.addToDictionary,
    canAdd: args.word.length <= USER_DICTIONARY_LIMITS.maxWordLength,
    replace: args.replace,
    add: () => addToUserDictionary(args.word, args.onStatus, args.onError),
  }
}

function addToUserDictionary(
  word: string,
  onStatus: (status: StatusMessage) => void,
  onError: (text: string, said?: Said) => void,
): void {
  void api()
    .addUserWords({ words: [word] })
    .then((r) => {
      if (!r.ok) return onError(r.message, r.said)
      spellService.setUserWords(r.words)
      onStatus({ kind: 'info', key: 'spell.added', params: { word } })
    })
}
