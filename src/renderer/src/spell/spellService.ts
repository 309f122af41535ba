import type { ToneStyle } from '@shared/text/toneStyle'
import type { SpellItem, SpellRequest, SpellResponse } from './spellProtocol'

type Checked = Extract<SpellResponse, { type: 'checked' }>

/** The event each answered check fires on the window, with a `SpellCheckedDetail`. */
const SPELL_CHECKED_EVENT = 'st-spell-checked'
interface SpellCheckedDetail {
  items: number
  ms: number
  waitMs: number
}

/**
 * The window's one spell-check worker and what it is told: on or off, the accepted names and the
 * user dictionary. The body and the panel ask it; it answers later, so typing never waits for it.
 * Listeners hear of every change that can turn a verdict (everything is checked again then).
 */
export class SpellService {
  private worker: Worker | null = null
  private nextId = 1
  private failures = 0
  private readonly waiting = new Map<number, (response: SpellResponse) => void>()
  private readonly listeners = new Set<() => void>()
  private on = true
  private names: string[] = []
  private user: string[] = []
  private style: ToneStyle = 'old'

  get enabled(): boolean {
    return this.on
  }

  get userWords(): readonly string[] {
    return this.user
  }

  setEnabled(on: boolean): void {
    if (on === this.on) return
    this.on = on
    this.changed()
  }

  setNames(words: string[]): void {
    if (sameWords(words, this.names)) return
    this.names = words
    this.sendAccepted()
  }

  setUserWords(words: string[]): void {
    if (sameWords(words, this.user)) return
    this.user = words
    this.sendAccepted()
  }

  setStyle(style: ToneStyle): void {
    if (style === this.style) return
    this.style = style
    this.worker?.postMessage({ type: 'style', style } satisfies SpellRequest)
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The misspellings of each text; when checking is off, none. */
  async check(items: SpellItem[]): Promise<Checked> {
    if (!this.on || items.length === 0) return { type: 'checked', id: 0, results: [], ms: 0 }
    const sent = performance.now()
    const response = await this.ask((id) => ({ type: 'check', id, items }))
    if (response.type !== 'checked') return { type: 'checked', id: 0, results: [], ms: 0 }
    // Said on the window for bench/spellCheck.ts: how much was sent, the worker's time, the wait.
    const detail: SpellCheckedDetail = {
      items: items.length,
      ms: response.ms,
      waitMs: performance.now() - sent,
    }
    window.dispatchEvent(new CustomEvent(SPELL_CHECKED_EVENT, { detail }))
    return response
  }

  async suggest(word: string): Promise<string[]> {
    const response = await this.ask((id) => ({ type: 'suggest', id, word }))
    return response.type === 'suggested' ? response.suggestions : []
  }

  private ask(make: (id: number) => SpellRequest): Promise<SpellResponse> {
    const id = this.nextId++
    // A worker that failed to start or crashed too often: no answer will come, so none is waited for.
    if (this.failures > MAX_WORKER_FAILURES) return Promise.resolve(NO_ANSWER(id))
    return new Promise((resolve) => {
      this.waiting.set(id, resolve)
      this.started().postMessage(make(id))
    })
  }

  /**
   * The worker failed (its script did not load, or it threw): every request waiting is answered with
   * nothing, so the body and the panel never wait for it, and the next request starts a new worker.
   */
  private workerFailed(worker: Worker): void {
    worker.terminate()
    if (this.worker === worker) this.worker = null
    this.failures++
    for (const [id, resolve] of this.waiting) resolve(NO_ANSWER(id))
    this.waiting.clear()
  }

  private started(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<SpellResponse>) => {
      const resolve = this.waiting.get(e.data.id)
      this.waiting.delete(e.data.id)
      resolve?.(e.data)
    }
    worker.onerror = () => this.workerFailed(worker)
    worker.onmessageerror = () => this.workerFailed(worker)
    worker.postMessage({ type: 'style', style: this.style } satisfies SpellRequest)
    worker.postMessage({ type: 'accept', names: this.names, userWords: this.user } satisfies SpellRequest)
    this.worker = worker
    return worker
  }

  private sendAccepted(): void {
    this.worker?.postMessage({
      type: 'accept',
      names: this.names,
      userWords: this.user,
    } satisfies SpellRequest)
    this.changed()
  }

  private changed(): void {
    for (const listener of this.listeners) listener()
  }
}

/** A worker that fails this many times is not started again in this window. */
const MAX_WORKER_FAILURES = 3
const NO_ANSWER = (id: number): SpellResponse => ({ type: 'checked', id, results: [], ms: 0 })

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i])
}

/** The window's spell checker, shared by the body and the panel. */
export const spellService = new SpellService()
