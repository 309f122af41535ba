import { fieldSourceFor, type FieldSource } from '@shared/body/fieldSource'
import type { ReportFields } from '@shared/model/fields'
import type { FieldStore } from '@shared/templates/fieldStore'

/** A field node view as the registry sees it: its element, and "show the current fields". */
interface RegisteredView {
  readonly dom: HTMLElement
  render(): void
  /** Takes the labels of the interface's current language. */
  relabel(): void
}

/** How long after the last panel keystroke the fields scrolled out of view catch up. */
const OFFSCREEN_DELAY_MS = 120

/**
 * The one store subscription of an editor's field views. A panel keystroke computes each distinct text
 * once (the presiding body shown in 300 places is built once, not 300 times) and hands it to the
 * views, which write to the DOM only if their own text changed. Views scrolled well out of sight
 * catch up once typing pauses (or as soon as they scroll into view): every changed paragraph must be
 * laid out again, and in a long report that layout, not the script, is what makes typing slow.
 */
export class FieldViewRegistry {
  private readonly views = new Set<RegisteredView>()
  private readonly byElement = new WeakMap<Element, RegisteredView>()
  /** Views the intersection observer last saw out of view; unknown counts as visible. */
  private readonly offscreen = new Set<RegisteredView>()
  private readonly stale = new Set<RegisteredView>()
  private timer: number | undefined
  private observer: IntersectionObserver | null = null
  private cacheFor: ReportFields | null = null
  private readonly cache = new Map<string, string[]>()
  // Subscribed while the editor shows at least one field view, so a destroyed editor leaves nothing behind.
  private unsubscribe: (() => void) | null = null
  private unsubscribeTexts: (() => void) | null = null

  constructor(
    private readonly store: FieldStore,
    /** Subscribes to language switches, which relabel every view. */
    private readonly onTextsChange: (listener: () => void) => () => void = () => () => undefined,
  ) {}

  add(view: RegisteredView): void {
    this.views.add(view)
    this.byElement.set(view.dom, view)
    this.observer ??=
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => this.onVisibility(entries), { rootMargin: '400px 0px' })
    this.observer?.observe(view.dom)
    this.unsubscribe ??= this.store.subscribe(() => this.changed())
    this.unsubscribeTexts ??= this.onTextsChange(() => {
      for (const v of this.views) v.relabel()
    })
  }

  remove(view: RegisteredView): void {
    this.views.delete(view)
    this.offscreen.delete(view)
    this.stale.delete(view)
    this.observer?.unobserve(view.dom)
    if (this.views.size > 0 || !this.unsubscribe) return
    this.unsubscribe()
    this.unsubscribe = null
    this.unsubscribeTexts?.()
    this.unsubscribeTexts = null
    this.observer?.disconnect()
    this.observer = null
    window.clearTimeout(this.timer)
  }

  private changed(): void {
    for (const view of this.views) {
      if (this.offscreen.has(view)) this.stale.add(view)
      else view.render()
    }
    if (this.stale.size === 0) return
    window.clearTimeout(this.timer)
    this.timer = window.setTimeout(() => this.catchUp(), OFFSCREEN_DELAY_MS)
  }

  private catchUp(): void {
    for (const view of this.stale) view.render()
    this.stale.clear()
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const view = this.byElement.get(entry.target)
      if (!view || !this.views.has(view)) continue
      if (entry.isIntersecting) {
        this.offscreen.delete(view)
        if (this.stale.delete(view)) view.render()
      } else this.offscreen.add(view)
    }
  }

  /** The lines a view shows for the current fields, computed once per fields snapshot and key. */
  lines(key: string, read: (source: FieldSource) => string[]): string[] {
    const fields = this.store.get()
    if (fields !== this.cacheFor) {
      this.cacheFor = fields
      this.cache.clear()
    }
    let lines = this.cache.get(key)
    if (!lines) {
      lines = read(fieldSourceFor(fields))
      this.cache.set(key, lines)
    }
    return lines
  }
}
