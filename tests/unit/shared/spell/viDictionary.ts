import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import nspell from 'nspell'
import type { SpellDictionary } from '@shared/spell/wordChecker'

const DIR = join(__dirname, '../../../../node_modules/dictionary-vi')

/** The real dictionary-vi through nspell, as the spell worker builds it. */
export function viDictionary(): SpellDictionary {
  return nspell(readFileSync(join(DIR, 'index.aff'), 'utf8'), readFileSync(join(DIR, 'index.dic'), 'utf8'))
}
