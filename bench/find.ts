/**
 * Cost of a find over the reference report (about 20,000 words): the body search the find bar runs on
 * every change of the query or the options, and again after each edit while the bar is open (then only
 * the edited paragraph is searched again), plus the field values. Plain Node, the same code the
 * editor's find plugin runs. Run: npx tsx bench/find.ts
 */
import { Node as PmNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { bodySchema } from '@shared/body/bodyExtensions'
import { createMatcher, type FindOptions } from '@shared/text/findMatches'
import { findInFields } from '@shared/templates/fieldTextSlots'
import { bodyMatches } from '../src/renderer/src/find/bodyMatches'
import { findKey, findPlugin } from '../src/renderer/src/find/findExtension'
import { referenceReport } from '../tests/fixtures/referenceReport'

const RUNS = 20

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function main() {
  const report = referenceReport()
  const doc = PmNode.fromJSON(bodySchema(), report.body)
  const words = doc.textContent.split(/\s+/).filter(Boolean).length
  console.log(`reference report: ${words} words, ${doc.textContent.length} characters`)
  const cases: [string, string, FindOptions][] = [
    ['"hội nghị", plain', 'hội nghị', { matchCase: false, wholeWord: false, ignoreTones: false }],
    ['"hôi nghi", ignore tones', 'hôi nghi', { matchCase: false, wholeWord: false, ignoreTones: true }],
    ['"tỉnh", whole word + case', 'Tỉnh', { matchCase: true, wholeWord: true, ignoreTones: false }],
    ['"a", ignore tones (cap 10,000)', 'a', { matchCase: false, wholeWord: false, ignoreTones: true }],
  ]
  // Warm the JIT first, so the first case does not pay for compiling the search.
  for (const [, query, options] of cases)
    bodyMatches(PmNode.fromJSON(bodySchema(), report.body), query, options)
  for (const [label, query, options] of cases) {
    const cold: number[] = []
    let count = 0
    for (let i = 0; i < RUNS; i++) {
      // A fresh document each run, so nothing is cached: the first search after opening the bar.
      const fresh = PmNode.fromJSON(bodySchema(), report.body)
      const t0 = performance.now()
      count = bodyMatches(fresh, query, options).length
      cold.push(performance.now() - t0)
    }
    // The next letter of the query over the same document: the paragraphs are folded already.
    const typed: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now()
      bodyMatches(doc, i % 2 ? query : query + ' ', options)
      typed.push(performance.now() - t0)
    }
    // After a keystroke: one paragraph changed, the rest come from the cache.
    let state = EditorState.create({ doc })
    bodyMatches(state.doc, query, options)
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) {
      state = state.apply(state.tr.insertText('x', 3))
      const t0 = performance.now()
      bodyMatches(state.doc, query, options)
      warm.push(performance.now() - t0)
    }
    // The whole plugin step the find bar dispatches: search plus the highlight decorations.
    const withPlugin: number[] = []
    for (let i = 0; i < 5; i++) {
      const fresh = EditorState.create({
        doc: PmNode.fromJSON(bodySchema(), report.body),
        plugins: [findPlugin()],
      })
      const tr = fresh.tr.setMeta(findKey, { kind: 'query', query, options })
      const t1 = performance.now()
      fresh.apply(tr)
      withPlugin.push(performance.now() - t1)
    }
    // A keystroke in the body while the bar is open: search again plus new highlights.
    let open = EditorState.create({ doc, plugins: [findPlugin()] })
    open = open.apply(open.tr.setMeta(findKey, { kind: 'query', query, options }))
    const keystroke: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const tr = open.tr.insertText('x', 3)
      const t1 = performance.now()
      open = open.apply(tr)
      keystroke.push(performance.now() - t1)
    }
    const t0 = performance.now()
    const fieldHits = findInFields(report.fields, createMatcher(query, options), 10_000).length
    const fieldMs = performance.now() - t0
    console.log(
      `${label.padEnd(34)} ${String(count).padStart(6)} hits  first query ${median(cold).toFixed(1)} ms` +
        `  with highlights ${median(withPlugin).toFixed(1)} ms  next letter ${median(typed).toFixed(1)} ms` +
        `  after an edit ${median(warm).toFixed(2)} ms (with highlights ${median(keystroke).toFixed(1)} ms)  fields ${fieldHits} hits ${fieldMs.toFixed(2)} ms`,
    )
  }
}

main()
