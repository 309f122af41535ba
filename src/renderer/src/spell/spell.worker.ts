import nspell from 'nspell'
// dictionary-vi exports only its Node loader, so its files are imported by path, as text in the bundle.
import aff from '../../../../node_modules/dictionary-vi/index.aff?raw'
import dic from '../../../../node_modules/dictionary-vi/index.dic?raw'
import { WordChecker } from '@shared/spell/wordChecker'
import type { SpellRequest, SpellResponse } from './spellProtocol'

interface WorkerScope {
  onmessage: ((e: MessageEvent<SpellRequest>) => void) | null
  postMessage(message: SpellResponse): void
}
const scope = self as unknown as WorkerScope

// Built on the first message, so starting the worker costs the window nothing.
let checker: WordChecker | null = null
const ready = () => (checker ??= new WordChecker(nspell(aff, dic)))

scope.onmessage = (e) => {
  const request = e.data
  const c = ready()
  switch (request.type) {
    case 'check': {
      const start = performance.now()
      const results = request.items.map((item) => ({
        key: item.key,
        misspellings: c.misspellings(item.text),
      }))
      scope.postMessage({ type: 'checked', id: request.id, results, ms: performance.now() - start })
      break
    }
    case 'suggest':
      scope.postMessage({ type: 'suggested', id: request.id, suggestions: c.suggest(request.word) })
      break
    case 'accept':
      c.replaceAccepted([...request.names, ...request.userWords])
      break
    case 'style':
      c.setStyle(request.style)
      break
  }
}
