import { Extension } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { closeHistory } from '@tiptap/pm/history'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Mapping } from '@tiptap/pm/transform'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { Misspelling } from '@shared/spell/wordChecker'
import type { SpellService } from './spellService'

/** What the plugin needs of the spell service (tests give a fake one). */
type SpellChecking = Pick<SpellService, 'enabled' | 'subscribe' | 'check'>

interface SpellState {
  on: boolean
  decorations: DecorationSet
  /** Start positions of the text blocks to check again. */
  pending: number[]
  /** One mapping per check in flight: the edits made since it was sent, to place its answer. */
  inflight: Mapping[]
}

interface CheckedBlock {
  pos: number
  text: string
  misspellings: Misspelling[]
}

type SpellMeta =
  | { kind: 'all' }
  | { kind: 'off' }
  | { kind: 'sent'; mapping: Mapping }
  | { kind: 'results'; mapping: Mapping; blocks: CheckedBlock[] }

/** A misspelt word in the body, as the right-click menu needs it. */
interface BodyMisspelling {
  from: number
  to: number
  word: string
  fix?: string
}

const spellKey = new PluginKey<SpellState>('st-spell')
/** The pause in typing after which the changed paragraphs are sent to the worker. */
const DEBOUNCE_MS = 150
// An inline leaf (a field, a line break) in a block's text: one position, and not a letter.
const LEAF = '\uFFFC'

/** A text block's text where offset i is position start + 1 + i (inline leaves as one LEAF each). */
function blockText(node: PmNode): string {
  let text = ''
  node.forEach((child) => {
    text += child.isText ? (child.text ?? '') : LEAF.repeat(child.nodeSize)
  })
  return text
}

function allTextblocks(doc: PmNode): number[] {
  const out: number[] = []
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      out.push(pos)
      return false
    }
    return true
  })
  return out
}

/** The ranges of `tr.doc` an edit touched. */
function changedRanges(tr: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = []
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1)
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) })
    })
  })
  return ranges
}

function textblocksIn(doc: PmNode, ranges: { from: number; to: number }[]): number[] {
  const out: number[] = []
  const size = doc.content.size
  for (const r of ranges) {
    const from = Math.max(0, Math.min(r.from, size))
    const to = Math.min(size, Math.max(r.to, from + 1))
    if (from >= to) continue
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) {
        out.push(pos)
        return false
      }
      return true
    })
  }
  return out
}

function missDecoration(start: number, m: Misspelling): Decoration {
  const spec: BodyMisspelling = { from: start + m.from, to: start + m.to, word: m.word, fix: m.fix }
  return Decoration.inline(spec.from, spec.to, { class: 'st-spell-miss' }, spec)
}

function withResults(state: EditorState, prev: SpellState, meta: Extract<SpellMeta, { kind: 'results' }>) {
  const stale: Decoration[] = []
  const fresh: Decoration[] = []
  for (const block of meta.blocks) {
    const pos = meta.mapping.map(block.pos, 1)
    const node = pos < state.doc.content.size ? state.doc.nodeAt(pos) : null
    // Changed since it was sent: its new text is pending already.
    if (!node?.isTextblock || blockText(node) !== block.text) continue
    stale.push(...prev.decorations.find(pos + 1, pos + node.nodeSize - 1))
    for (const m of block.misspellings) fresh.push(missDecoration(pos + 1, m))
  }
  return {
    ...prev,
    decorations: prev.decorations.remove(stale).add(state.doc, fresh),
    inflight: prev.inflight.filter((m) => m !== meta.mapping),
  }
}

function apply(tr: Transaction, prev: SpellState, state: EditorState): SpellState {
  const meta = tr.getMeta(spellKey) as SpellMeta | undefined
  if (meta?.kind === 'off') return { on: false, decorations: DecorationSet.empty, pending: [], inflight: [] }
  let next = prev
  if (tr.docChanged) {
    for (const m of prev.inflight) m.appendMapping(tr.mapping)
    const ranges = changedRanges(tr)
    let decorations = prev.decorations.map(tr.mapping, tr.doc)
    // The word being typed loses its underline at once; the worker's answer says if it comes back.
    const touched = ranges.flatMap((r) => decorations.find(r.from - 1, r.to + 1))
    decorations = decorations.remove(touched)
    const pending = prev.on
      ? [...new Set([...prev.pending.map((p) => tr.mapping.map(p, 1)), ...textblocksIn(tr.doc, ranges)])]
      : []
    next = { ...prev, decorations, pending }
  }
  if (meta?.kind === 'all') return { ...next, on: true, pending: allTextblocks(state.doc) }
  if (meta?.kind === 'sent') return { ...next, pending: [], inflight: [...next.inflight, meta.mapping] }
  if (meta?.kind === 'results') return next.on ? withResults(state, next, meta) : next
  return next
}

export function spellPlugin(service: SpellChecking): Plugin<SpellState> {
  return new Plugin<SpellState>({
    key: spellKey,
    state: {
      init: () => ({ on: false, decorations: DecorationSet.empty, pending: [], inflight: [] }),
      apply: (tr, prev, _old, state) => apply(tr, prev, state),
    },
    props: { decorations: (state) => spellKey.getState(state)?.decorations ?? DecorationSet.empty },
    view(view) {
      let timer: ReturnType<typeof setTimeout> | undefined
      let destroyed = false
      const tell = (meta: SpellMeta) => {
        if (!destroyed) view.dispatch(view.state.tr.setMeta(spellKey, meta).setMeta('addToHistory', false))
      }
      const send = () => {
        timer = undefined
        const state = spellKey.getState(view.state)
        if (!state || state.pending.length === 0) return
        const blocks: { pos: number; text: string }[] = []
        for (const pos of state.pending) {
          const node = pos < view.state.doc.content.size ? view.state.doc.nodeAt(pos) : null
          if (node?.isTextblock) blocks.push({ pos, text: blockText(node) })
        }
        const mapping = new Mapping()
        tell({ kind: 'sent', mapping })
        void service.check(blocks.map((b, i) => ({ key: String(i), text: b.text }))).then((answer) => {
          const found = new Map(answer.results.map((r) => [Number(r.key), r.misspellings]))
          tell({
            kind: 'results',
            mapping,
            blocks: blocks.map((b, i) => ({ ...b, misspellings: found.get(i) ?? [] })),
          })
        })
      }
      const unsubscribe = service.subscribe(() => tell(service.enabled ? { kind: 'all' } : { kind: 'off' }))
      // After the view is made (no dispatch while it is being built).
      const first = setTimeout(() => {
        if (service.enabled) tell({ kind: 'all' })
      }, 0)
      return {
        update(v, prevState) {
          const now = spellKey.getState(v.state)
          if (!now || now.pending.length === 0) return
          // Debounced: a pause in typing sends the changed paragraphs, never the whole report.
          if (now.pending !== spellKey.getState(prevState)?.pending || !timer) {
            clearTimeout(timer)
            timer = setTimeout(send, DEBOUNCE_MS)
          }
        },
        destroy() {
          destroyed = true
          clearTimeout(timer)
          clearTimeout(first)
          unsubscribe()
        },
      }
    },
  })
}

/** Underlines misspelt words in the body (`st-spell-miss`), checked in the spell worker. */
export const SpellCheck = Extension.create<{ service: SpellChecking | null }>({
  name: 'stSpellCheck',
  addOptions: () => ({ service: null }),
  addProseMirrorPlugins() {
    return this.options.service ? [spellPlugin(this.options.service)] : []
  },
})

/** The misspelt word at `pos`, if any. */
export function misspellingAt(state: EditorState, pos: number): BodyMisspelling | null {
  const set = spellKey.getState(state)?.decorations
  const d = set?.find(pos, pos).find((x) => x.from <= pos && pos <= x.to)
  if (!d) return null
  const spec = d.spec as BodyMisspelling
  // The spec keeps the positions the word had when checked; the decoration's own are current.
  return { from: d.from, to: d.to, word: spec.word, fix: spec.fix }
}

/** Puts `text` in place of the misspelt word: one step of its own in the undo history. */
export function replaceMisspelling(view: EditorView, m: BodyMisspelling, text: string): void {
  const tr = view.state.tr.insertText(text.normalize('NFC'), m.from, m.to)
  view.dispatch(closeHistory(tr))
}
