import type { Misspelling } from '@shared/spell/wordChecker'
import type { SpellService } from './spellService'

type Box = HTMLInputElement | HTMLTextAreaElement

interface Layer {
  el: HTMLDivElement
  inner: HTMLDivElement
  /** The text the underlines were drawn for. */
  text: string | null
  misses: Misspelling[]
}

/** A misspelt word in a panel box, for the right-click menu. */
interface FieldMisspelling {
  box: Box
  miss: Misspelling
}

const BOXES = 'input[type="text"], input:not([type]), textarea'
const DEBOUNCE_MS = 150
/** Values set by the program (a report opened, a template's defaults) fire no event: looked at this often. */
const POLL_MS = 1000
const COPIED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
] as const

/**
 * Underlines misspelt words in the panel's text boxes without Chromium's spellchecker (off in this
 * app): a layer under no pointer, placed over each box with the box's font and padding, draws the
 * same text in transparent ink with the misspelt words underlined. The box keeps its own text,
 * caret and undo. Returns the function that removes the layers.
 */
export function attachFieldSpell(
  root: HTMLElement,
  service: SpellService,
  onMenu: (found: FieldMisspelling, x: number, y: number) => void,
): () => void {
  const layers = new Map<Box, Layer>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let checking = false

  const boxes = () => [...root.querySelectorAll<Box>(BOXES)]

  const layerOf = (box: Box): Layer => {
    let layer = layers.get(box)
    if (!layer || !layer.el.isConnected) {
      const el = document.createElement('div')
      el.className = 'st-spell-layer'
      el.setAttribute('aria-hidden', 'true')
      const inner = document.createElement('div')
      el.append(inner)
      box.insertAdjacentElement('afterend', el)
      layer = { el, inner, text: null, misses: [] }
      layers.set(box, layer)
    }
    return layer
  }

  const place = (box: Box, layer: Layer) => {
    const shown = box.offsetParent !== null && layer.misses.length > 0
    layer.el.hidden = !shown
    if (!shown) return
    const css = getComputedStyle(box)
    for (const p of COPIED) layer.el.style.setProperty(p, css.getPropertyValue(p))
    const single = box instanceof HTMLInputElement
    layer.el.style.whiteSpace = single ? 'pre' : 'pre-wrap'
    layer.el.style.overflowWrap = single ? 'normal' : 'break-word'
    layer.el.style.left = `${box.offsetLeft}px`
    layer.el.style.top = `${box.offsetTop}px`
    layer.el.style.width = `${box.offsetWidth}px`
    layer.el.style.height = `${box.offsetHeight}px`
    // A one-line box centres its line: the layer's line is the box's whole inner height.
    if (single) {
      const inner = box.clientHeight - parseFloat(css.paddingTop) - parseFloat(css.paddingBottom)
      layer.el.style.lineHeight = `${inner}px`
    } else {
      layer.el.style.lineHeight = css.lineHeight
    }
    layer.el.scrollLeft = box.scrollLeft
    layer.el.scrollTop = box.scrollTop
  }

  const draw = (box: Box, layer: Layer) => {
    const text = layer.text ?? ''
    const parts: Node[] = []
    let at = 0
    for (const m of layer.misses) {
      if (m.from > at) parts.push(document.createTextNode(text.slice(at, m.from)))
      const span = document.createElement('span')
      span.className = 'st-spell-miss'
      span.textContent = text.slice(m.from, m.to)
      parts.push(span)
      at = m.to
    }
    // A final line break needs a character after it to take room, as in the box.
    parts.push(document.createTextNode(text.slice(at) + '\u200b'))
    layer.inner.replaceChildren(...parts)
    place(box, layer)
  }

  const check = async () => {
    timer = undefined
    if (checking) return schedule()
    const stale = boxes().filter(
      (box) => layers.get(box)?.text !== box.value || !layers.get(box)?.el.isConnected,
    )
    if (stale.length === 0) return
    checking = true
    const texts = stale.map((box) => box.value)
    try {
      const answer = await service.check(texts.map((text, i) => ({ key: String(i), text })))
      const found = new Map(answer.results.map((r) => [Number(r.key), r.misspellings]))
      stale.forEach((box, i) => {
        if (!box.isConnected) return
        const layer = layerOf(box)
        layer.text = texts[i]!
        // Typed since it was sent: drawn from the next answer.
        layer.misses = box.value === texts[i] ? (found.get(i) ?? []) : []
        draw(box, layer)
      })
    } finally {
      checking = false
    }
  }

  function schedule(delay = DEBOUNCE_MS) {
    clearTimeout(timer)
    timer = setTimeout(() => void check(), delay)
  }

  const redoAll = () => {
    for (const layer of layers.values()) layer.text = null
    schedule(0)
  }

  const follow = (e: Event) => {
    const box = e.target
    if (!(box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement)) return
    const layer = layers.get(box)
    if (layer) {
      layer.el.scrollLeft = box.scrollLeft
      layer.el.scrollTop = box.scrollTop
    }
  }
  const onInput = (e: Event) => {
    const layer = e.target instanceof Element ? layers.get(e.target as Box) : undefined
    // The underlines of the old text would sit in the wrong places: hidden until the answer.
    if (layer) layer.el.hidden = true
    schedule()
  }
  const onContextMenu = (e: MouseEvent) => {
    const box = e.target
    if (!(box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement)) return
    const layer = layers.get(box)
    if (!layer || layer.el.hidden || layer.text !== box.value) return
    const spans = [...layer.inner.querySelectorAll('.st-spell-miss')]
    const hit = spans.findIndex((span) =>
      [...span.getClientRects()].some(
        (r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom,
      ),
    )
    const miss = layer.misses[hit]
    if (!miss) return
    e.preventDefault()
    onMenu({ box, miss }, e.clientX, e.clientY)
  }
  const relayout = () => {
    for (const [box, layer] of layers) place(box, layer)
  }

  root.addEventListener('input', onInput, true)
  root.addEventListener('scroll', follow, true)
  root.addEventListener('keyup', follow, true)
  root.addEventListener('contextmenu', onContextMenu)
  window.addEventListener('resize', relayout)
  const poll = setInterval(() => {
    relayout()
    schedule(0)
  }, POLL_MS)
  const unsubscribe = service.subscribe(redoAll)
  schedule(0)

  return () => {
    clearTimeout(timer)
    clearInterval(poll)
    unsubscribe()
    root.removeEventListener('input', onInput, true)
    root.removeEventListener('scroll', follow, true)
    root.removeEventListener('keyup', follow, true)
    root.removeEventListener('contextmenu', onContextMenu)
    window.removeEventListener('resize', relayout)
    for (const layer of layers.values()) layer.el.remove()
  }
}

/** Puts `text` in place of the misspelt word through the browser, so the box's own undo takes it back. */
export function replaceInBox(box: Box, miss: Misspelling, text: string): void {
  if (box.value.slice(miss.from, miss.to) !== miss.word) return
  box.focus()
  box.setSelectionRange(miss.from, miss.to)
  document.execCommand('insertText', false, text.normalize('NFC'))
}
