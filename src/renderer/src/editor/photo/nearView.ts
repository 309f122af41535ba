/** How far beyond the visible part of the page a photo is already shown: a screen and a half each way. */
const AHEAD = '150% 0px'

/**
 * Calls back once for each watched element when it comes near the visible part of its scrolling page.
 * Opening a report with a hundred photos then decodes the few in view, not all of them (they cost a
 * base64 decode and a blob each); the others follow as the officer scrolls towards them.
 */
export class NearView {
  private observer: IntersectionObserver | null = null
  private readonly waiting = new Map<Element, () => void>()
  private frame = 0

  constructor(
    /** The scrolling ancestor the page moves in, found once the editor is in the document. */
    private readonly scrollerOf: (element: Element) => Element | null,
  ) {}

  watch(element: Element, near: () => void): void {
    this.waiting.set(element, near)
    if (this.observer) this.observer.observe(element)
    else this.attachSoon()
  }

  /** Stops watching `element`; with nothing left to watch, the observer goes (a closed report). */
  forget(element: Element): void {
    this.waiting.delete(element)
    this.observer?.unobserve(element)
    if (this.waiting.size > 0) return
    cancelAnimationFrame(this.frame)
    this.frame = 0
    this.observer?.disconnect()
    this.observer = null
  }

  // Node views are built before the editor is mounted: the scroller is known only a frame later.
  private attachSoon(): void {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      const first = this.waiting.keys().next().value
      if (!first) return
      if (!first.isConnected) return this.attachSoon()
      const root = this.scrollerOf(first)
      this.observer = new IntersectionObserver((entries) => this.onEntries(entries), {
        root,
        rootMargin: AHEAD,
      })
      for (const element of this.waiting.keys()) this.observer.observe(element)
    })
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue
      const near = this.waiting.get(entry.target)
      this.forget(entry.target)
      near?.()
    }
  }
}
