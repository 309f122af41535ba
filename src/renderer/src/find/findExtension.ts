import { closeHistory } from '@tiptap/pm/history'
import { Extension } from '@tiptap/core'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { DEFAULT_FIND_OPTIONS, type FindOptions } from '@shared/text/findMatches'
import { bodyMatches, type BodyMatch } from './bodyMatches'

interface FindState {
  query: string
  options: FindOptions
  matches: BodyMatch[]
  /** Index of the current match in `matches`, or -1 (none, or the current hit is in a field). */
  current: number
  decorations: DecorationSet
}

type FindMeta =
  | { kind: 'query'; query: string; options: FindOptions }
  | { kind: 'current'; index: number }
  /** A replacement: the current match moves to the first one after the replaced text. */
  | { kind: 'replaced' }

export const findKey = new PluginKey<FindState>('st-find')

const EMPTY: FindState = {
  query: '',
  options: DEFAULT_FIND_OPTIONS,
  matches: [],
  current: -1,
  decorations: DecorationSet.empty,
}

function hitDecoration(m: BodyMatch, current: boolean): Decoration {
  const cls = current ? 'st-find-hit st-find-current' : 'st-find-hit'
  return Decoration.inline(m.from, m.to, { class: cls }, { current })
}

function decorate(state: EditorState, matches: BodyMatch[], current: number): DecorationSet {
  if (matches.length === 0) return DecorationSet.empty
  return DecorationSet.create(
    state.doc,
    matches.map((m, i) => hitDecoration(m, i === current)),
  )
}

/**
 * The highlights after an edit: the old set mapped through it, with only the hits that changed taken
 * out or put in. A set built afresh on every key gives the view a new set to compare for every
 * paragraph; a mapped one keeps its unchanged parts. Still one pass over the hits per key (a few
 * hundred on the reference report), which `bench/keystroke.ts` measures.
 */
function redecorate(
  tr: Transaction,
  prev: DecorationSet,
  matches: BodyMatch[],
  current: number,
): DecorationSet {
  const mapped = prev.map(tr.mapping, tr.doc)
  const wanted = new Map<string, boolean>()
  matches.forEach((m, i) => wanted.set(`${m.from}:${m.to}`, i === current))
  const kept = new Set<string>()
  const stale: Decoration[] = []
  for (const d of mapped.find()) {
    const key = `${d.from}:${d.to}`
    if (wanted.get(key) === (d.spec as { current: boolean }).current && !kept.has(key)) kept.add(key)
    else stale.push(d)
  }
  const fresh: Decoration[] = []
  matches.forEach((m, i) => {
    if (!kept.has(`${m.from}:${m.to}`)) fresh.push(hitDecoration(m, i === current))
  })
  return mapped.remove(stale).add(tr.doc, fresh)
}

function firstFrom(matches: BodyMatch[], pos: number): number {
  return matches.findIndex((m) => m.from >= pos)
}

function apply(tr: Transaction, prev: FindState, state: EditorState): FindState {
  const meta = tr.getMeta(findKey) as FindMeta | undefined
  if (meta?.kind === 'query') {
    const matches = bodyMatches(state.doc, meta.query, meta.options)
    return {
      query: meta.query,
      options: meta.options,
      matches,
      current: -1,
      decorations: decorate(state, matches, -1),
    }
  }
  if (!prev.query) return prev
  if (tr.docChanged) {
    const matches = bodyMatches(state.doc, prev.query, prev.options)
    const old = prev.matches[prev.current]
    // Typing elsewhere keeps the current match; a replacement moves on past the new text.
    const current = old
      ? firstFrom(
          matches,
          meta?.kind === 'replaced' ? tr.mapping.map(old.to, 1) : tr.mapping.map(old.from, -1),
        )
      : -1
    return { ...prev, matches, current, decorations: redecorate(tr, prev.decorations, matches, current) }
  }
  if (meta?.kind === 'current' && meta.index !== prev.current) {
    const current = meta.index >= 0 && meta.index < prev.matches.length ? meta.index : -1
    return { ...prev, current, decorations: decorate(state, prev.matches, current) }
  }
  return prev
}

/** Keeps the query and decorates its matches in the body (`st-find-hit`, `st-find-current`). */
export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => EMPTY,
      apply: (tr, prev, _old, state) => apply(tr, prev, state),
    },
    props: { decorations: (state) => findKey.getState(state)?.decorations ?? DecorationSet.empty },
  })
}

/** Find and replace in the body; the find bar drives it through the functions below. */
export const FindExtension = Extension.create({
  name: 'stFind',
  addProseMirrorPlugins() {
    return [findPlugin()]
  },
})

export function findState(state: EditorState): FindState {
  return findKey.getState(state) ?? EMPTY
}

/** Searches the body for `query` (an empty query clears the highlights). */
export function setFindQuery(view: EditorView, query: string, options: FindOptions): void {
  const meta: FindMeta = { kind: 'query', query, options }
  view.dispatch(view.state.tr.setMeta(findKey, meta).setMeta('addToHistory', false))
}

/** Makes match `index` current, selects it and scrolls to it; -1 makes no body match current. */
export function selectBodyMatch(view: EditorView, index: number): void {
  const { matches } = findState(view.state)
  const m = matches[index]
  const meta: FindMeta = { kind: 'current', index: m ? index : -1 }
  const tr = view.state.tr.setMeta(findKey, meta)
  if (m) tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView()
  // The find bar keeps the keyboard; the current decoration shows where the selection is.
  view.dispatch(tr)
  // ProseMirror scrolls to its selection only while the DOM selection is in the editor, and here it
  // is in the find bar: bring the hit to the middle of the page, as Word does.
  if (m) view.dom.querySelector('.st-find-current')?.scrollIntoView({ block: 'center', inline: 'nearest' })
}

function replacing(tr: Transaction, m: BodyMatch, replacement: string): void {
  // The replacement takes the marks of the match's first character, as typing over it would.
  const marks = tr.doc.nodeAt(m.from)?.marks ?? []
  if (replacement) tr.replaceWith(m.from, m.to, tr.doc.type.schema.text(replacement, marks))
  else tr.delete(m.from, m.to)
}

/** Replaces the current body match; the next match becomes current. Returns whether it replaced one. */
export function replaceCurrentBodyMatch(view: EditorView, replacement: string): boolean {
  const { matches, current } = findState(view.state)
  const m = matches[current]
  if (!m) return false
  const tr = view.state.tr
  replacing(tr, m, replacement.normalize('NFC'))
  const meta: FindMeta = { kind: 'replaced' }
  view.dispatch(tr.setMeta(findKey, meta))
  return true
}

/** Replaces every body match in one transaction, so one undo brings them all back. Returns the count. */
export function replaceAllBodyMatches(view: EditorView, replacement: string): number {
  const { matches } = findState(view.state)
  if (matches.length === 0) return 0
  const tr = view.state.tr
  const text = replacement.normalize('NFC')
  // Back to front, so the earlier positions stay valid.
  for (let i = matches.length - 1; i >= 0; i--) replacing(tr, matches[i]!, text)
  const meta: FindMeta = { kind: 'replaced' }
  // A step of its own in the history, never merged with the typing just before it.
  view.dispatch(closeHistory(tr).setMeta(findKey, meta))
  return matches.length
}
